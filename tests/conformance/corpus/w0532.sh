# extsim conformance workload, gen.py seed 532
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 284k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x61 148k 36k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 154145 32k" $mnt/f0
xfs_io -c "pwrite -S 0x63 264k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 88k 84k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 148k 248k" $mnt/f1
xfs_io -c "truncate 260k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f0 244k 104k 4k" $mnt/s1/f0
xfs_io -c "falloc 64047 11050" $mnt/s1/f1
xfs_io -c "fdatasync" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f0 284k 0 24k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x62 388k 40k" $mnt/f2
xfs_io -f -c "truncate 436k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 420k 20k" $mnt/f3
xfs_io -c "pwrite -S 0x63 -b 1m 104k 3m" $mnt/s1/g0
xfs_io -c "truncate 36k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f2 132k 260k 12k" $mnt/f2
sync
xfs_io -c "pwrite -S 0x61 248k 44k" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f2 356k 768k 56k" $mnt/f1
rm $mnt/f0
xfs_io -c "fdatasync" $mnt/f2
sync
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -f -c "falloc -k 952316 164k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 2670592 4k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0" $mnt/s1/f1
xfs_io -f -c "truncate 644k" $mnt/f4
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x62 180k 20k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 -b 1m 4k 2m" $mnt/s1/f0
xfs_io -c "falloc -k 224k 32k" $mnt/f3
xfs_io -c "fdatasync" $mnt/s1/f1
xfs_io -c "fpunch 2187264 36k" $mnt/s1/g0
umount $mnt
mount $dev $mnt
sync
