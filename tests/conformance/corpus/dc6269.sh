# extsim conformance workload, gen.py seed 6269 --drop-caches 0.08 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 26075136 36k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 644k 9m" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 26050560 23142400 28k" $mnt/f0
xfs_io -f -c "pwrite 7659520 48k" $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite -S 0x61 14049123 40k" $mnt/f0
xfs_io -f -c "pwrite -b 1m 100k 5m" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f0 5591040 100k 12k" $mnt/f0
xfs_io -c "falloc 23343104 36k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 1066355 40k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x61 380k 56k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 844k 12k" $mnt/f1
xfs_io -c "pwrite -b 1m 23384064 6m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 27656192 224k" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 16941056 4m" $mnt/f1
xfs_io -c "fpunch 24485888 164k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 14123008 40k 20k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f1 7217152 56k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 5955584 21913600 7675904" $mnt/f0
xfs_io -c "pwrite -S 0xcd 7233536 60k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 8638464 2695168 17477632" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 12468224 27316224 8069120" $mnt/f2
xfs_io -c "dedupe $mnt/f1 25608192 1169337 48k" $mnt/f2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 19076480 6m" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 1859584 26144768 5963776" $mnt/f1
xfs_io -c "fzero -k 9097224 64k" $mnt/f0
xfs_io -c "falloc -k 13746176 15m" $mnt/f2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x61 4333568 16k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 30224384 0 5165056" $mnt/f0
rm $mnt/s1/f0
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "reflink $mnt/s1/f0 5712004 9863168 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 17884583 21029929 20k" $mnt/f3
chattr +C $mnt/f3
xfs_io -c "fzero 5427200 24k" $mnt/f3
xfs_io -c "reflink $mnt/f0 24875008 5210112 592k" $mnt/f3
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0xcd 14241792 220k" -c "fsync" $mnt/f2
