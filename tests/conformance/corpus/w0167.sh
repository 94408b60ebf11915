# extsim conformance workload, gen.py seed 167
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 8k 64k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 64k 12k" -c "fdatasync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "falloc 72k 232k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "falloc -k 1601536 10316" $mnt/f1
xfs_io -f -c "pwrite 24k 52k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
chattr +C $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "falloc -k 1830912 48k" $mnt/f1
xfs_io -c "truncate 16k" $mnt/s2/f0
xfs_io -c "reflink $mnt/f1 116k 140k 32k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "falloc -k 20k 8k" $mnt/s3/f0
xfs_io -c "reflink $mnt/s3/f1 276k 4k 28k" $mnt/s2/f0
xfs_io -c "reflink $mnt/f0 16k 1008k 24k" $mnt/s3/f1
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "truncate 80k" $mnt/s2/g0
xfs_io -f -c "falloc -k 1986560 8328" $mnt/s2/g1
xfs_io -c "reflink $mnt/s1/f1 256k 1335296 32k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f1 156k 8k 12k" $mnt/f1
xfs_io -c "pwrite -S 0x63 40k 60k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x62 492k 40k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f1 224k 592k 4k" $mnt/f0
chattr +C $mnt/s2/f1
xfs_io -f -c "pwrite -S 0x63 164k 12k" $mnt/f0
xfs_io -c "fzero -k 488k 24k" $mnt/s3/f0
xfs_io -c "fzero -k 144k 12k" $mnt/s2/f1
md5sum $mnt/s2/f0
sync
xfs_io -c "reflink $mnt/s2/f0 4k 1806336 36k" $mnt/s2/f1
sync
sync
xfs_io -f -c "pwrite -S 0x61 576k 28k" $mnt/s2/f0
sync
xfs_io -c "pwrite -S 0x63 1052672 9569" $mnt/s3/f1
xfs_io -f -c "falloc 1757184 20k" $mnt/f2
xfs_io -c "fpunch 202 44k" $mnt/s2/g0
