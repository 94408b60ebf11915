# extsim conformance workload, gen.py seed 196
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "truncate 1322291" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/f0 1282048 32k 12k" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x61 4688656 52k" $mnt/f1
xfs_io -c "pwrite -S 0x63 928k 9704" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f1 3293184 0 1452816" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 812k 292k 494899" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f1 3817472 4288512 928528" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 3936256 8722" $mnt/s1/g0
rm -f $mnt/f0
xfs_io -c "dedupe $mnt/s1/f1 2850816 44k 32k" $mnt/f1
xfs_io -c "pwrite -S 0x61 2965504 11356" -c "fsync" $mnt/s1/g0
xfs_io -c "reflink $mnt/f1 7684096 7680000 4k" $mnt/f1
xfs_io -c "falloc 896k 1m" $mnt/s1/f1
xfs_io -c "fpunch 4595712 2669" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x62 1847296 8k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s2/f1 3829760 956k 24k" $mnt/s1/f0
rm $mnt/f1
xfs_io -c "fsync" $mnt/s1/f1
xfs_io -r -c "fiemap -v" $mnt/s1/f1
xfs_io -c "falloc -k 1720320 60k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 5632000 36k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 5025792 0 632k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s2/f1 800k 16k 32k" $mnt/s1/f0
xfs_io -c "falloc -k 6000481 36k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f0 568k 64k 24k" $mnt/s1/f0
xfs_io -f -c "truncate 6008832" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 1273856 32k" $mnt/s1/f0
xfs_io -c "falloc 988k 184k" $mnt/s1/f0
chattr +C $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 868k 11683" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "falloc 3502604 28k" $mnt/s1/g1
rm $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 5610448 20k" -c "fdatasync" $mnt/s1/g2
sync
xfs_io -c "truncate 688k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g2 4055040 656k 16k" $mnt/s1/g2
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -f -c "falloc -k 2367488 4974" $mnt/s3/g0
xfs_io -c "pwrite -S 0x63 844k 56k" $mnt/s1/g1
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 276k 64k 24k" $mnt/s1/f0
sync
xfs_io -c "falloc -k 5226496 44k" $mnt/s1/g2
xfs_io -c "falloc 384421 208k" $mnt/s1/g0
xfs_io -c "falloc 616k 24k" $mnt/s1/g0
xfs_io -c "fpunch 5902336 48k" $mnt/s3/g0
xfs_io -f -c "falloc -k 6664192 20k" $mnt/s1/g3
xfs_io -c "pwrite -S 0x62 966250 32k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite 24k 56k" $mnt/s1/g3
xfs_io -f -c "falloc 6918144 52k" $mnt/s3/g1
xfs_io -c "reflink $mnt/s3/g0 0 4837376 4k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g2 2187264 1605632 584k" $mnt/s3/g0
sync
xfs_io -c "dedupe $mnt/s3/g1 2039808 596k 28k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 8073216 40k" -c "fsync" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g2 4644864 7127040 940k" $mnt/s3/g1
xfs_io -c "dedupe $mnt/s3/g1 756k 4k 28k" $mnt/s1/f0
xfs_io -c "falloc -k 7016448 244k" $mnt/s1/g0
