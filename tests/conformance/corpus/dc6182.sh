# extsim conformance workload, gen.py seed 6182 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 5906432 40k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2551808 152k" $mnt/f1
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 8179712 8k" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "truncate 5337088" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2506752 1m" $mnt/f0
xfs_io -c "fzero 1908736 36k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f1 1740800 996k 24k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 377869 52k" $mnt/f0
xfs_io -c "pwrite -S 0x62 48k 8k" $mnt/f1
xfs_io -c "falloc -k 2142208 44k" $mnt/s1/f1
xfs_io -c "falloc 2437120 40k" $mnt/f1
sync
echo 2 > /proc/sys/vm/drop_caches
sync
xfs_io -c "falloc 733455 60k" $mnt/f0
sync
xfs_io -c "falloc -k 676k 24k" $mnt/s1/f1
xfs_io -c "fpunch 1638400 96k" $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fdatasync" $mnt/s1/f1
xfs_io -c "fdatasync" $mnt/s1/f1
xfs_io -c "falloc 2547712 64k" $mnt/s1/f1
xfs_io -c "fpunch 5953351 60k" $mnt/s2/f1
xfs_io -r -c "fiemap -v" $mnt/s2/f0
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 528k 16k" $mnt/s2/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f1 2056192 0 640k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 800k 4m" $mnt/s2/f1
xfs_io -c "pwrite -S 0x63 1904640 124k" $mnt/s1/f1
sync
xfs_io -c "dedupe $mnt/f1 328k 172k 12k" $mnt/s1/f1
xfs_io -f -c "reflink $mnt/f0 3579904 4431872 748k" $mnt/f2
xfs_io -c "pwrite 4493312 204k" $mnt/s2/f0
sync
echo 3 > /proc/sys/vm/drop_caches
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f2 992k 1667072 4m" $mnt/f0
xfs_io -c "pwrite -S 0x62 4780032 64k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 -b 1m 336k 2m" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x63 512k 16k" -c "fsync" $mnt/s1/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x61 -b 1m 1101824 3m" $mnt/s1/g0
xfs_io -c "fzero -k 16k 32k" $mnt/f2
xfs_io -c "pwrite 3723264 136k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s2/f0 4042752 4784128 1302528" $mnt/s2/f1
xfs_io -c "falloc -k 683319 64k" $mnt/s1/f1
xfs_io -c "fpunch 1105920 2999" $mnt/s2/f0
xfs_io -c "falloc -k 304k 236k" $mnt/s1/g0
xfs_io -c "truncate 1007452" $mnt/s1/g0
sync
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fsync" $mnt/s2/f0
xfs_io -c "fzero -k 3903488 5983" $mnt/s2/f1
