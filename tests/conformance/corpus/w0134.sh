# extsim conformance workload, gen.py seed 134
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 8152630 32k" -c "fdatasync" $mnt/f0
xfs_io -f -c "falloc 6402048 36k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 1868340 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 4423680 36k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 5206016 8654" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 1761280 156k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 7229440 8k" -c "fsync" $mnt/f3
xfs_io -c "fpunch 5549309 36k" $mnt/f3
xfs_io -c "reflink $mnt/f0 6983680 800k 960k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f2 5058560 5070848 32k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f1 4079616 36k 32k" $mnt/f0
xfs_io -c "falloc 1609728 1m" $mnt/f0
rm $mnt/f1
xfs_io -f -c "reflink $mnt/f3 5152768 3674112 260k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 7450624 16k" $mnt/f1
xfs_io -c "truncate 3176162" $mnt/s1/f1
sync
xfs_io -c "reflink $mnt/f1 352k 6774784 2809856" $mnt/f3
xfs_io -c "truncate 6221824" $mnt/f3
xfs_io -c "fpunch 5470689 12k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 6275072 0 1196032" $mnt/s1/f1
xfs_io -c "truncate 4382261" $mnt/f3
xfs_io -c "dedupe $mnt/f1 5537792 16k 32k" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x63 3612672 64k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 1016k 2957312 1552384" $mnt/f0
xfs_io -c "reflink $mnt/f3 384k 7884800 2236416" $mnt/s1/f0
xfs_io -c "pwrite 191311 64k" $mnt/f2
xfs_io -c "falloc 5136384 4974" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 1875968 12k" $mnt/f3
xfs_io -c "falloc 5066752 28k" $mnt/f1
xfs_io -c "fpunch 772k 64k" $mnt/f1
xfs_io -c "falloc 4931584 208k" $mnt/f2
xfs_io -c "fsync" $mnt/f3
xfs_io -c "falloc -k 6643712 20k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f1 196k 7983104 868k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1627590 32k" $mnt/f4
xfs_io -c "reflink $mnt/s1/f0 140k 4333568 4333568" $mnt/f1
xfs_io -c "pwrite -S 0x62 240k 44k" -c "fsync" $mnt/s1/f1
xfs_io -c "fpunch 2965504 236k" $mnt/s1/f0
xfs_io -c "pwrite 1216512 60k" $mnt/f4
sync
xfs_io -c "falloc 2728380 244" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 661977 28k" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f1 1769472 1527808 28k" $mnt/f4
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "pwrite -S 0x61 2617344 56k" $mnt/f1
xfs_io -c "truncate 3777484" $mnt/f3
xfs_io -c "pwrite -S 0xcd 840k 120k" -c "fdatasync" $mnt/f4
