# extsim conformance workload, gen.py seed 178
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "falloc -k 7557120 32k" $mnt/f0
xfs_io -c "falloc 6422528 2839" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "truncate 263127" $mnt/f0
xfs_io -c "dedupe $mnt/f0 12k 0 254935" $mnt/f0
xfs_io -c "pwrite -S 0x63 224k 224k" $mnt/f0
xfs_io -c "pwrite -S 0x62 92k 36k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 6377472 36k" $mnt/s1/g0
xfs_io -f -c "falloc 2584576 10168" $mnt/s1/g1
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "pwrite -S 0xcd 2359296 4035" -c "fsync" $mnt/s1/g0
xfs_io -c "fzero 96k 4k" $mnt/f0
sync
xfs_io -c "pwrite 4127944 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2203648 24k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 3821568 332k 1445888" $mnt/s1/g1
xfs_io -f -c "truncate 5910528" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x63 939292 216k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g1
xfs_io -c "reflink $mnt/s2/f0 316k 1998848 96k" $mnt/s1/g1
xfs_io -f -c "falloc 4134040 196k" $mnt/f2
xfs_io -c "pwrite -S 0x63 846974 3m" -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 2670592 56k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 8019968 36k" $mnt/s1/g1
xfs_io -c "fpunch 7598080 9256" $mnt/f1
xfs_io -c "dedupe $mnt/f2 424k 40k 28k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 728k 2318336 3035136" $mnt/f3
xfs_io -c "fpunch 2220032 256k" $mnt/f2
xfs_io -c "falloc -k 2585209 52k" $mnt/f2
xfs_io -c "fdatasync" $mnt/s1/g0
