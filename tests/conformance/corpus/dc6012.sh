# extsim conformance workload, gen.py seed 6012 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "falloc -k 372k 64k" $mnt/f0
xfs_io -c "pwrite -S 0x62 6930432 1m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2236416 64k" $mnt/f1
xfs_io -c "fpunch 1589248 64k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 8040448 3530" $mnt/f0
xfs_io -c "dedupe $mnt/f1 1171456 1859584 32k" $mnt/f0
xfs_io -c "falloc 448k 1m" $mnt/f1
sync
echo 3 > /proc/sys/vm/drop_caches
umount $mnt
mount -o nodatacow $dev $mnt
xfs_io -c "fpunch 112k 220k" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
sync
xfs_io -c "pwrite -S 0x61 7356416 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 6070272 6074368 8k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 17702 48k" $mnt/f0
xfs_io -c "pwrite -b 1m 1110016 2m" $mnt/f0
xfs_io -c "reflink $mnt/f1 880k 72k 1413120" $mnt/f1
xfs_io -c "falloc 7842410 2650" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "fsync" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 3936256 100k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1757184 4056" $mnt/f3
xfs_io -c "falloc -k 6757600 56k" $mnt/f3
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f1 996k 0 1286144" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 60k 48k" $mnt/f4
xfs_io -c "pwrite -S 0x61 632k 56k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
touch $mnt/f5
chattr +C $mnt/f5
xfs_io -c "reflink $mnt/f5 1802240 32k 6445" $mnt/f4
xfs_io -c "fpunch 2805760 32k" $mnt/f0
xfs_io -c "reflink $mnt/f4 4k 7565312 44k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1159168 64k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 4169728 1953" $mnt/f6
xfs_io -c "reflink $mnt/f3" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "dedupe $mnt/s1/f1 2224128 36k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 6098944 10158" -c "fsync" $mnt/f7
chattr +C $mnt/f2
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/s1/f3 1016k 696k 408k" $mnt/f1
xfs_io -c "truncate 1736704" $mnt/f5
xfs_io -c "falloc 1458176 84k" $mnt/f3
xfs_io -c "pwrite 1262140 5284" -c "fsync" $mnt/f5
xfs_io -c "falloc -k 1400832 204k" $mnt/f5
xfs_io -f -c "pwrite -S 0xcd 3809280 1876" $mnt/f0
xfs_io -c "fsync" $mnt/f5
xfs_io -c "reflink $mnt/f4 88k 440k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 68k 12k" $mnt/f4
xfs_io -c "fsync" $mnt/f2
xfs_io -c "pwrite 5976064 4657" -c "fsync" $mnt/f4
xfs_io -c "pwrite -S 0x63 7447910 3757" -c "fsync" $mnt/f3
xfs_io -c "fpunch 2142208 8k" $mnt/f6
xfs_io -f -c "pwrite -S 0x61 2060288 5717" $mnt/f7
rm $mnt/s2/f4
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/f0 1810432 7307264 2008916" $mnt/f5
xfs_io -c "reflink $mnt/s2/f6 2969600 1642496 828k" $mnt/f5
xfs_io -c "pwrite -S 0x61 1130496 5446" $mnt/f6
xfs_io -f -c "pwrite -S 0x61 1626112 48k" $mnt/f7
xfs_io -f -c "pwrite -S 0x61 5835849 11361" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f4 40k 0 12k" $mnt/f7
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fzero -k 4603904 108k" $mnt/f4
xfs_io -c "reflink $mnt/s2/f0 584k 5124096 472k" $mnt/f2
echo 2 > /proc/sys/vm/drop_caches
