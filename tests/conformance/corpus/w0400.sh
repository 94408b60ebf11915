# extsim conformance workload, gen.py seed 400
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 4307848" $mnt/f0
xfs_io -c "falloc 732k 4k" $mnt/f0
xfs_io -c "fzero 1835386 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 799243 616k 4m" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 2375680 4648960 1933312" $mnt/f1
xfs_io -c "reflink $mnt/f1 0 4907008 4k" $mnt/f0
xfs_io -c "falloc -k 4689920 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 5361664 248k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 7979008 4k" $mnt/f2
xfs_io -c "pwrite -S 0x62 488k 727" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 8212480 212k" -c "fsync" $mnt/f3
sync
xfs_io -c "dedupe $mnt/f3 3698688 3702784 24k" $mnt/f3
xfs_io -c "pwrite -S 0x61 2494464 100k" -c "fsync" $mnt/f3
sync
xfs_io -f -c "pwrite -S 0x62 80078 64k" $mnt/f0
umount $mnt
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
umount $mnt
mount $dev $mnt
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
sync
xfs_io -c "falloc 4202496 7036" $mnt/f1
xfs_io -c "fdatasync" $mnt/f3
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 660k 1400" -c "fsync" $mnt/s1/g1
xfs_io -c "fpunch 5226496 28k" $mnt/f2
xfs_io -f -c "reflink $mnt/s1/f0 3416064 6832128 656k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f1 900k 4390912 60k" $mnt/s1/f2
xfs_io -c "truncate 7770112" $mnt/f2
xfs_io -c "dedupe $mnt/f1 4202496 28k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 3162112 0 2457600" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 474409 28k" -c "fsync" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/f1 4579328 0 1016k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "falloc 376k 92k" $mnt/s2/f1
xfs_io -f -c "truncate 7937168" $mnt/s2/g0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0xcd 2924544 44k" -c "fsync" $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f1 480k 6696960 296k" $mnt/s3/f2
