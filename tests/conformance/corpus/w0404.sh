# extsim conformance workload, gen.py seed 404
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 6643712 10750" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 6246400 5566" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 6537216 5890048 129534" $mnt/f0
xfs_io -c "reflink $mnt/f0 7794688 7794688 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 88k 4308992 4050944" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2367488 2359296 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 5201920 4m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 7901184 12k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 1994752 7880704 6279168" $mnt/f0
xfs_io -c "fzero 4710400 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0 576k 8224768 2519040" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x62 5618186 64k" -c "fsync" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "pwrite -S 0x61 8114176 36k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 7249920 7249920 4k" $mnt/f1
xfs_io -c "truncate 2988981" $mnt/f2
xfs_io -c "falloc 664k 3m" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "dedupe $mnt/f0 2580480 60k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x62 206789 5063" -c "fsync" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x61 3502080 28k" $mnt/f3
xfs_io -c "reflink $mnt/f2 2412544 1114112 604k" $mnt/f3
xfs_io -c "dedupe $mnt/f3 508k 0 3014656" $mnt/f3
