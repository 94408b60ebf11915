# extsim conformance workload, gen.py seed 390
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 5271552 28k" -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -c "falloc -k 3674112 44k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 688k 100k" $mnt/s1/g0
xfs_io -c "falloc 60k 172k" $mnt/s1/g0
xfs_io -c "fzero 4632576 60k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 184k 3166208 5124096" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 3399680 144k" $mnt/s1/f0
xfs_io -f -c "falloc 5615616 28k" $mnt/s1/g1
xfs_io -f -c "falloc 6911466 4k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 2168030 28k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc 7688192 64k" $mnt/f0
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "reflink $mnt/f1 6041600 396k 536k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 176k 6574080 20k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 5064742 40k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/g1 3489792 56k 20k" $mnt/f0
xfs_io -c "pwrite 201032 48k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 344k 44k 4k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -r -c "fiemap -v" $mnt/f1
chattr +C $mnt/s1/g1
xfs_io -f -c "reflink $mnt/s2/f1 5292032 4988928 1631722" $mnt/f2
xfs_io -c "dedupe $mnt/f1 5103616 0 1816042" $mnt/f1
umount $mnt
mount $dev $mnt
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x62 6602752 8561" -c "fdatasync" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 3374532 8k" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 2347008 168k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f1 344k 3178496 2076672" $mnt/f2
xfs_io -c "pwrite -S 0x63 2491647 20k" $mnt/f1
touch $mnt/s1/g3
chattr +C $mnt/s1/g3
xfs_io -c "falloc -k 84k 96k" $mnt/s1/g0
touch $mnt/f4
chattr +C $mnt/f4
xfs_io -c "pwrite 4245834 10818" -c "fsync" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "reflink $mnt/s2/f1 3309568 936k 1302528" $mnt/f0
xfs_io -c "pwrite -S 0x63 1146880 36k" $mnt/s3/f4
xfs_io -c "pwrite -S 0x61 2813952 128k" $mnt/s1/g3
xfs_io -c "fdatasync" $mnt/s3/f0
xfs_io -c "falloc -k 788k 8783" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 1794048 36k" $mnt/s3/g0
xfs_io -c "fpunch 108800 68k" $mnt/s1/g0
sync
xfs_io -c "fsync" $mnt/s1/g1
xfs_io -c "reflink $mnt/f4 2134016 5201920 1347584" $mnt/f2
xfs_io -c "pwrite 2436118 4068" $mnt/s3/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f2 6086656 1552384 444k" $mnt/s3/f0
xfs_io -r -c "fiemap -v" $mnt/s3/f4
