# extsim conformance workload, gen.py seed 6174 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 1392640 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 732k 1331200 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 311872 3m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1601536 1699593 44k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 2813952 6065" $mnt/f0
sync
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 1671168 60k" $mnt/f0
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "truncate 196k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 84k 144k 28k" $mnt/f0
xfs_io -c "truncate 864k" $mnt/f0
xfs_io -c "reflink $mnt/f0 612k 364k 96k" $mnt/f0
xfs_io -c "pwrite -S 0x63 235281 72k" $mnt/f0
xfs_io -f -c "pwrite 288633 28k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 724k 736k 8k" $mnt/f1
xfs_io -c "pwrite -S 0x62 24k 24k" $mnt/f1
echo 1 > /proc/sys/vm/drop_caches
xfs_io -f -c "reflink $mnt/f1 4k 40k 321401" $mnt/f2
xfs_io -c "dedupe $mnt/f2 0 0 4k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1957888 4857" $mnt/f0
xfs_io -f -c "falloc 356k 48k" $mnt/f3
xfs_io -c "pwrite -S 0x63 32k 16k" $mnt/f3
xfs_io -c "truncate 276k" $mnt/f1
xfs_io -c "falloc 908k 64k" $mnt/f0
xfs_io -c "pwrite 297945 64k" $mnt/f3
xfs_io -c "pwrite -S 0xcd -b 1m 308k 1m" $mnt/f3
touch $mnt/f4
chattr +C $mnt/f4
xfs_io -c "fpunch 497411 48k" $mnt/f3
xfs_io -c "falloc 176k 36k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 716k 36k" -c "fdatasync" $mnt/f3
xfs_io -f -c "falloc 499037 124k" $mnt/f5
md5sum $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f0 864k 0 1082105" $mnt/f2
xfs_io -c "falloc -k 1622016 88k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x62 436k 212k" $mnt/s1/f2
xfs_io -c "falloc 836k 2499" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x62 536k 36k" $mnt/s1/f2
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1241088 20k" -c "fsync" $mnt/f0
xfs_io -c "fpunch 582427 9193" $mnt/f5
xfs_io -f -c "pwrite -S 0x63 1794024 32k" $mnt/s1/f4
xfs_io -c "dedupe $mnt/s1/f0 564k 1630208 24k" $mnt/s1/f4
xfs_io -c "pwrite -S 0x62 676k 8k" -c "fdatasync" $mnt/s1/f4
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x61 156k 8475" $mnt/s1/f0
sync
xfs_io -c "reflink $mnt/s1/f4 452k 284k 20k" $mnt/s1/f4
xfs_io -c "reflink $mnt/s1/f3 188k 328k 104k" $mnt/f3
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 536k 12k" $mnt/s1/f5
sync
xfs_io -c "falloc 712k 10023" $mnt/s1/f0
xfs_io -c "reflink $mnt/f2 0 556k 4k" $mnt/s1/f3
xfs_io -c "falloc 856k 136k" $mnt/s1/f3
xfs_io -c "pwrite -S 0x61 300k 3m" $mnt/f3
xfs_io -c "fpunch 1196032 132k" $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0xcd 636k 220k" $mnt/s1/f2
xfs_io -c "fsync" $mnt/f4
