# extsim conformance workload, gen.py seed 100
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 1343488 4k" $mnt/f0
xfs_io -c "falloc -k 5189632 2m" $mnt/f0
xfs_io -c "pwrite -S 0xcd 6205440 2m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3028565 9276" -c "fsync" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "fzero 856k 40k" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 4238640 248k" $mnt/f3
xfs_io -f -c "reflink $mnt/f1 2453504 5480448 0" $mnt/f4
xfs_io -c "falloc 3674112 28k" $mnt/f0
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 204k 16k" $mnt/s1/f2
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x61 5685248 64k" $mnt/s2/f4
xfs_io -f -c "reflink $mnt/f3 1318912 3551232 388k" $mnt/f5
xfs_io -c "pwrite -S 0x62 1785856 60k" $mnt/s2/f1
xfs_io -c "truncate 1298786" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f3 1597440 28k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 44k 4k" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x62 5914624 76k" $mnt/f0
chattr +C $mnt/f4
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "fzero -k 2699264 36k" $mnt/s2/f2
xfs_io -f -c "pwrite -S 0x61 4898816 20k" $mnt/f4
xfs_io -c "truncate 1466368" $mnt/s2/f1
xfs_io -c "reflink $mnt/s2/f3 724k 5644288 3755312" $mnt/f4
xfs_io -f -c "pwrite -S 0x61 2461491 52k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s2/f3 2359296 5840896 932k" $mnt/f3
xfs_io -c "pwrite 1m 256k" $mnt/f3
sync
xfs_io -c "dedupe $mnt/f5 160k 0 8k" $mnt/s2/f4
xfs_io -c "dedupe $mnt/f3 2692302 2555904 28k" $mnt/f0
