# extsim conformance workload, gen.py seed 91
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 7806976 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 6483968 88k" $mnt/f1
xfs_io -c "fzero -k 7246559 48k" $mnt/f1
rm $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite 7164711 8854" $mnt/f1
xfs_io -c "fpunch 4726784 44k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 2961408 3010560 488k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 72k 24k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 132k 28k" $mnt/s1/g0
xfs_io -c "truncate 4300800" $mnt/f1
xfs_io -c "pwrite -S 0x61 5136384 112k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 5525504 28k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 2764800 2629" $mnt/f0
xfs_io -c "falloc -k 920k 9173" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 2125824 80k 576k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 2895872 3342336 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 460k 48k" $mnt/s1/f1
xfs_io -c "fpunch 100k 2m" $mnt/s1/g0
xfs_io -f -c "falloc 3596288 36k" $mnt/s1/g1
xfs_io -f -c "reflink $mnt/s1/g0 620k 7553024 32k" $mnt/f2
xfs_io -c "reflink $mnt/s1/g1 2535424 600k 756k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x61 836k 52k" -c "fdatasync" $mnt/f1
