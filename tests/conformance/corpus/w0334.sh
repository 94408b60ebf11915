# extsim conformance workload, gen.py seed 334
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 44k 176k" $mnt/f0
xfs_io -c "pwrite -S 0x62 36k 36k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1565982 7482" $mnt/f0
xfs_io -f -c "truncate 1679360" $mnt/f1
xfs_io -c "reflink $mnt/f1 668k 1392640 4k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 636k 52k" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
rm $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 948k 44k" $mnt/f1
xfs_io -c "fsync" $mnt/s2/f1
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x61 212k 8k" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x61 1466612 44k" $mnt/f1
xfs_io -c "reflink $mnt/f1 232k 1265664 1445888" $mnt/s3/f0
xfs_io -c "reflink $mnt/f0 764k 748k 4k" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "reflink $mnt/s1/f1 544k 1732608 292k" $mnt/s2/g0
xfs_io -c "falloc 376k 48k" $mnt/s1/f1
umount $mnt
mount $dev $mnt
xfs_io -c "falloc -k 1646965 40k" $mnt/f0
xfs_io -c "reflink $mnt/s3/f0 44k 1122304 1540696" $mnt/s3/f1
sync
xfs_io -c "fpunch 1599999 20k" $mnt/s1/f1
md5sum $mnt/s1/f0
xfs_io -c "fsync" $mnt/s3/f0
xfs_io -c "pwrite -S 0x62 672k 12025" $mnt/s1/f0
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "truncate 208k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 428k 220k 24k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f1 80k 72k 32k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f0 976k 452k 520k" $mnt/f1
xfs_io -c "truncate 871698" $mnt/s2/f0
chattr +C $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 872k 4k" $mnt/s1/f1
sync
xfs_io -c "falloc 432k 2868" $mnt/f0
xfs_io -c "pwrite -S 0x63 548384 200k" -c "fsync" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0xcd 600k 40k" $mnt/s1/g1
