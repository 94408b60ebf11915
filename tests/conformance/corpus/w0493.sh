# extsim conformance workload, gen.py seed 493
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 -b 1m 4382720 3m" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 1019999 48k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "falloc 3817142 48k" $mnt/f1
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x61 5619712 24k" $mnt/f0
xfs_io -c "reflink $mnt/f1 656k 5455872 2789376" $mnt/f0
xfs_io -c "reflink $mnt/f0 8040448 4022272 16k" $mnt/f0
xfs_io -c "falloc -k 7929856 12k" $mnt/f0
xfs_io -f -c "falloc 3117056 92k" $mnt/f2
xfs_io -c "falloc -k 5545984 8k" $mnt/f0
xfs_io -c "fpunch 5767168 64k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3457024 2752512 116k" $mnt/f2
xfs_io -c "fpunch 3543040 3932" $mnt/f1
xfs_io -c "pwrite 2965504 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 2703360 1748992 52k" $mnt/f1
xfs_io -c "pwrite -S 0x61 2131770 36k" $mnt/f0
xfs_io -c "falloc 1471160 4119" $mnt/f0
xfs_io -c "truncate 5554176" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1134592 8k 16k" $mnt/f0
chattr +C $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "reflink $mnt/f0 2838528 4046848 5410816" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1201720 4973" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x62 4550879 60k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 2605056 3507" -c "fdatasync" $mnt/f3
xfs_io -c "truncate 308k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite -S 0x61 3084288 64k" $mnt/f3
xfs_io -c "reflink $mnt/f3 2109440 2609152 864k" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 72k 5967872 172k" $mnt/f4
xfs_io -c "reflink $mnt/s1/f0 8101888 152k 0" $mnt/f4
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x62 3493888 4k" $mnt/f3
xfs_io -c "falloc -k 1163264 44k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f2 1970176 6131712 1253376" $mnt/f2
chattr +C $mnt/f2
umount $mnt
mount $dev $mnt
