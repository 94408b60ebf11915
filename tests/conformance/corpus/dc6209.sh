# extsim conformance workload, gen.py seed 6209 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1069279 20k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x63 56k 4k" $mnt/f0
xfs_io -c "fpunch 2560000 228k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 5987393 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1012k 16k 4k" $mnt/f0
xfs_io -c "fpunch 4780032 76k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2289664 3851" $mnt/f1
sync
xfs_io -r -c "fiemap -v" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x61 724424 5381" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 528k 176k 396k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite 292902 32k" $mnt/f0
xfs_io -c "pwrite -S 0x63 324k 28k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/f1 1380352 3063808 4k" $mnt/f1
xfs_io -c "fpunch 1810432 8k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
btrfs subvolume snapshot $mnt $mnt/s3
chattr +C $mnt/s3/f0
xfs_io -c "pwrite -S 0xcd 2723840 28k" -c "fdatasync" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0x63 5967872 28k" $mnt/s2/f1
xfs_io -c "dedupe $mnt/s1/f0 776k 24k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f1 1146880 944k 20k" $mnt/s2/f1
xfs_io -c "fdatasync" $mnt/s3/f1
xfs_io -c "reflink $mnt/s2/f1 2113536 8336377 5408" $mnt/s3/f0
xfs_io -c "reflink $mnt/f1 2895872 5943296 1302528" $mnt/s3/f0
xfs_io -f -c "pwrite -S 0x61 587141 60k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 992k 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 856k 12k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1785856 28k" $mnt/f1
xfs_io -c "fpunch 3874816 48k" $mnt/s3/f0
xfs_io -c "truncate 236092" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0xcd 176k 4m" $mnt/s2/g0
xfs_io -c "pwrite 5275648 108k" $mnt/s2/f1
xfs_io -c "reflink $mnt/s1/f1 1138688 700k 880k" $mnt/s2/f0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 1068560 48k" $mnt/s2/f0
xfs_io -c "fsync" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0xcd 3579904 44k" $mnt/s3/f1
xfs_io -c "pwrite -S 0xcd 3895296 244k" $mnt/f1
md5sum $mnt/s1/f1
xfs_io -c "falloc 58995 20k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
sync
xfs_io -c "reflink $mnt/s2/f1 2859008 656k 1000k" $mnt/f0
xfs_io -c "pwrite -S 0x61 572k 20k" $mnt/s2/g0
chattr +C $mnt/f0
xfs_io -c "falloc 2293760 44k" $mnt/s2/f1
xfs_io -f -c "reflink $mnt/s3/f1 3919872 6832128 352k" $mnt/s2/g1
sync
xfs_io -c "reflink $mnt/s1/f0 12k 4239360 348k" $mnt/f1
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 504k 64k" $mnt/s2/f0
xfs_io -c "falloc 5656576 1330" $mnt/s2/g1
xfs_io -c "pwrite -S 0x61 1544244 8k" $mnt/f0
xfs_io -c "reflink $mnt/s2/g0 1761280 3776512 12k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x61 5158766 204k" $mnt/f1
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x61 7008256 148k" $mnt/f0
sync
