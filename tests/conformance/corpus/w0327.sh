# extsim conformance workload, gen.py seed 327
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 2052096 2918" $mnt/f0
xfs_io -c "pwrite -S 0xcd 940k 3247" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 1833190 228k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/s1/f0 272k 904k 976k" $mnt/s2/f0
xfs_io -c "falloc 0 64k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x61 24k 52k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 1540096 168k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 1318912 3m" -c "fsync" $mnt/f0
chattr +C $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 1056313 11249" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s1/f0 1335296 52k 4k" $mnt/f0
xfs_io -c "falloc 940k 1m" $mnt/s2/f0
xfs_io -c "reflink $mnt/f0 3448832 216k 156k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x62 352k 40k" $mnt/s2/g0
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "fzero 784k 184k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x62 32k 8219" $mnt/s2/g0
xfs_io -c "falloc 172k 204k" $mnt/f0
xfs_io -c "pwrite -b 1m 4321363 2m" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f0 388k 0 12k" $mnt/s2/f0
xfs_io -c "fdatasync" $mnt/s2/f0
xfs_io -c "fpunch 444k 240k" $mnt/s2/g0
xfs_io -c "fsync" $mnt/s2/g0
xfs_io -c "reflink $mnt/f0 2846720 676k 3584083" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 512k 40k" $mnt/s2/f0
xfs_io -c "fsync" $mnt/s2/g0
xfs_io -c "truncate 1499136" $mnt/s2/g0
