# extsim conformance workload, gen.py seed 6247 --drop-caches 0.08
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 6057984 8k" $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 7258112 4918" $mnt/f0
xfs_io -c "pwrite -S 0x61 268k 36k" $mnt/f0
xfs_io -c "reflink $mnt/f0 276k 6545408 12k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "falloc 1302528 240k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 2080768 28k" $mnt/f0
xfs_io -c "fpunch 40k 64k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f0 6201344 0 352k" $mnt/f0
xfs_io -c "falloc -k 1457127 144k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2936832 1990656 2207744" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 5271908 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0 5984256 640k 380k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1142784 792k 3239936" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 3729866 3m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3006464 64k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 2273280 52k 16k" $mnt/f0
xfs_io -f -c "falloc 8151040 4k" $mnt/f2
xfs_io -c "falloc 1474560 32k" $mnt/f1
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 856k 60k" $mnt/f2
xfs_io -c "pwrite -S 0x63 2647337 204k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "fpunch 2498560 11471" $mnt/f2
xfs_io -c "pwrite -S 0x63 5050368 132k" -c "fsync" $mnt/f1
rm $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 5615616 3254" $mnt/f3
xfs_io -c "reflink $mnt/f2 1089536 4845568 460k" $mnt/f1
xfs_io -c "fpunch 4542464 12k" $mnt/f2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
chattr +C $mnt/f2
xfs_io -f -c "pwrite -S 0x63 2359296 32k" $mnt/f0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 3641344 236k" $mnt/f2
xfs_io -c "falloc -k 6504448 248k" $mnt/f2
sync
xfs_io -c "falloc -k 2793237 16k" $mnt/f3
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 8306688 64k" $mnt/f1
xfs_io -c "pwrite -S 0x62 4458693 40k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 2101248 32k" $mnt/f1
xfs_io -c "fpunch 6676480 32k" $mnt/f1
xfs_io -c "pwrite -S 0x62 6680576 10937" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 2846720 36k" -c "fdatasync" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f2 2592768 296k 1101824" $mnt/f3
xfs_io -c "falloc -k 5296128 8k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x61 24k 3794" $mnt/f3
