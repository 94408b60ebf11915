# extsim conformance workload, gen.py seed 547 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 14397440" $mnt/f0
xfs_io -c "falloc 13320192 9837" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
md5sum $mnt/s1/f0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 5918720 29368320 1658880" $mnt/s1/f0
xfs_io -c "pwrite 698373 64k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 9715712 9388032 24k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 9986048 5726208 3563520" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 31223808 12m" -c "fdatasync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f0 16871424 27316224 28k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/f0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/f0 2326528 42180608 5881856" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 24735744 12k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/g1 29917184 3235840 192k" $mnt/s1/g1
xfs_io -c "falloc -k 4173824 4m" $mnt/f0
xfs_io -c "pwrite -S 0x62 14098432 16k" $mnt/s1/f0
xfs_io -c "truncate 4460544" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/g1 1638400 25362432 23121920" $mnt/s1/g2
xfs_io -c "reflink $mnt/s1/g2 0 19230720 4k" $mnt/f0
xfs_io -c "fdatasync" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/f0 2m 31485952 0" $mnt/s1/g0
xfs_io -c "fpunch 3317760 1m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2392064 12144" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/f0 3182592 1363968 64k" $mnt/s1/g1
