# extsim conformance workload, gen.py seed 6286 --drop-caches 0.08 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc 12640256 3m" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f0 13729792 1925120 652k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 8564736 1060864 32k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "reflink $mnt/sv/g0 0 16646144 4k" $mnt/sv/g0
xfs_io -c "truncate 9822208" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 6393856 0 3432448" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 -b 1m 30605312 4m" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 6766592 28k" $mnt/sv/g0
xfs_io -c "falloc 6230016 1306" $mnt/sv/g0
xfs_io -c "fpunch 22220730 248k" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/sv/g0 31891456 30658560 20k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 22544384 22536192 20k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 6549504 64k 20k" $mnt/sv/g0
sync
echo 3 > /proc/sys/vm/drop_caches
rm $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 29925376 14m" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 13848576 12275712 28581888" $mnt/f1
xfs_io -c "fpunch 11915264 20k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x61 7909376 176k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 35819520 16670720 24k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 900k 11m" -c "fdatasync" $mnt/f2
md5sum $mnt/f1
xfs_io -c "fpunch 31588352 36k" $mnt/f2
xfs_io -c "pwrite -S 0x61 1884160 72k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0 43933696 4268032 2519" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f0 16642048 56k 12k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f1 14229504 29822976 16k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 2728008 10259" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f2 9785344 34299904 1368064" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x61 -b 1m 30109696 8m" $mnt/s1/f0
xfs_io -f -c "falloc 26035567 7m" $mnt/s1/g0
btrfs subvolume snapshot -r $mnt/sv $mnt/s2
xfs_io -c "pwrite -S 0xcd 37647377 60k" $mnt/s1/f0
xfs_io -c "truncate 10693923" $mnt/f0
xfs_io -c "pwrite -S 0x62 600k 6564" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 15343616 3m" -c "fsync" $mnt/s1/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 -b 1m 884k 15m" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f0
echo 3 > /proc/sys/vm/drop_caches
chattr +C $mnt/f2
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 20467712 168k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x61 -b 1m 18743296 8m" $mnt/f1
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 23154817 16k" $mnt/f2
xfs_io -c "pwrite -S 0x61 -b 1m 30384128 15m" $mnt/s1/f1
xfs_io -f -c "reflink $mnt/f1 6385664 16179200 21909504" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 11223040 16k" $mnt/f2
xfs_io -c "pwrite -S 0x62 20824064 140k" $mnt/f1
xfs_io -c "pwrite -S 0x61 9m 116k" $mnt/s1/g0
