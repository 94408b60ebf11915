# extsim conformance workload, gen.py seed 6218 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 752k 3m" $mnt/f0
xfs_io -c "fzero -k 3522560 144k" $mnt/f0
xfs_io -c "pwrite 249595 64k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 172k 36k" -c "fdatasync" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 524k 568k 212k" $mnt/f2
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 2768896 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 357462 40k" $mnt/f2
sync
xfs_io -f -c "pwrite -S 0x61 624k 24k" $mnt/f3
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x63 -b 1m 126243 1m" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 304k 36k" $mnt/f4
xfs_io -c "pwrite 2994176 52k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 700k 1329" $mnt/f5
xfs_io -f -c "pwrite 111265 3034" $mnt/f5
xfs_io -c "reflink $mnt/f5 124k 232k 348k" $mnt/f4
xfs_io -c "pwrite -S 0x62 168k 3917" $mnt/f1
xfs_io -c "falloc -k 1973769 6483" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 960k 48k" $mnt/f6
umount $mnt
mount $dev $mnt
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 116k 40k" $mnt/s1/f3
xfs_io -c "pwrite -S 0x63 604k 64k" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x62 469593 64k" $mnt/s1/f2
xfs_io -c "pwrite 568k 10222" $mnt/f3
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 876k 152k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 108k 24k" $mnt/s1/f3
xfs_io -c "falloc 464k 2m" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 -b 1m 176k 3m" $mnt/s1/f1
sync
echo 3 > /proc/sys/vm/drop_caches
