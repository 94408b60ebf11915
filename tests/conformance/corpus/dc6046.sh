# extsim conformance workload, gen.py seed 6046 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 851362 120k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 172k 496k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 536k 36k 32k" $mnt/f0
xfs_io -c "fzero 80k 164k" $mnt/f0
xfs_io -c "falloc 580k 68k" $mnt/f0
xfs_io -c "fzero 868k 92k" $mnt/f0
xfs_io -c "pwrite -S 0x62 788k 24k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 536k 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 540691 239299 12271" $mnt/f0
xfs_io -c "dedupe $mnt/f0 556k 16k 4k" $mnt/f0
rm -f $mnt/f0
touch $mnt/f0
chattr +C $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f0 0 0 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 4k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/f0 4k 0 4k" $mnt/f0
xfs_io -c "pwrite 508k 40k" $mnt/f0
xfs_io -c "reflink $mnt/f0 364k 84k 168k" $mnt/f0
xfs_io -c "fpunch 128k 20k" $mnt/f0
xfs_io -c "falloc 264574 232k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x61 68k 88k" $mnt/f0
xfs_io -c "reflink $mnt/f0 96k 96k 16k" $mnt/f0
xfs_io -c "falloc 4k 84k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 708k 20k" $mnt/f1
xfs_io -c "pwrite 612k 24k" -c "fsync" $mnt/f1
xfs_io -c "truncate 28k" $mnt/f1
xfs_io -c "falloc -k 24k 8k" $mnt/f1
sync
xfs_io -c "truncate 124k" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
touch $mnt/f2
chattr +C $mnt/f2
sync
xfs_io -f -c "pwrite -S 0x61 436k 12k" $mnt/f2
xfs_io -f -c "pwrite 784k 12k" $mnt/f0
xfs_io -c "pwrite 288471 44k" $mnt/f1
xfs_io -c "falloc 676k 168k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 196134 64k" $mnt/f2
xfs_io -c "pwrite -S 0x63 136k 152k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 816k 42" $mnt/f0
xfs_io -c "truncate 44k" $mnt/f1
xfs_io -f -c "truncate 552k" $mnt/f3
md5sum $mnt/f1
xfs_io -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/f2 380k 424k 20k" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/f2
xfs_io -c "falloc -k 200k 11605" $mnt/f3
xfs_io -c "pwrite -b 1m 124k 3m" $mnt/f3
xfs_io -c "pwrite -S 0x61 308k 12k" $mnt/f2
xfs_io -c "falloc 400k 36k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 3080192 1378" $mnt/f3
sync
echo 1 > /proc/sys/vm/drop_caches
