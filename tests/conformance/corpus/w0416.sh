# extsim conformance workload, gen.py seed 416
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 636k 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 300k 5951488 256k" $mnt/f0
xfs_io -c "falloc 5062656 2911" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2920448 4k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0 4366336 2748416 1413120" $mnt/s1/f0
xfs_io -c "truncate 52k" $mnt/s1/f0
xfs_io -c "fpunch 5468160 64k" $mnt/f0
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fpunch 3162112 4k" $mnt/s1/g0
rm $mnt/s1/f0
xfs_io -c "falloc -k 3866624 56k" $mnt/s1/g0
xfs_io -c "falloc 6717440 28k" $mnt/s1/g0
rm -f $mnt/s2/f0
xfs_io -c "dedupe $mnt/f0 5177344 3776512 32k" $mnt/f0
xfs_io -c "truncate 3141632" $mnt/f0
xfs_io -c "pwrite 28k 2920" -c "fsync" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1622016 6299648 1527808" $mnt/s2/g0
sync
xfs_io -c "pwrite -S 0x61 6692864 64k" -c "fdatasync" $mnt/s2/g0
xfs_io -c "falloc 3047424 9513" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 1163264 20k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
md5sum $mnt/s1/g0
chattr +C $mnt/s1/g0
sync
xfs_io -c "dedupe $mnt/f0 256k 40k 8k" $mnt/f0
xfs_io -c "falloc -k 2314240 216k" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 2392064 20k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 2723840 4874240 4k" $mnt/s2/g0
xfs_io -c "falloc -k 4898401 16k" $mnt/s2/g0
rm $mnt/s1/g0
xfs_io -c "reflink $mnt/s2/g0 2281472 4255744 4489216" $mnt/s2/g0
xfs_io -c "fdatasync" $mnt/s2/g0
xfs_io -c "fpunch 7687738 8177" $mnt/s2/g0
xfs_io -c "dedupe $mnt/f0 1675264 72k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/s2/g0
xfs_io -c "pwrite -S 0xcd 1781760 1772" $mnt/f0
xfs_io -c "truncate 708k" $mnt/f0
