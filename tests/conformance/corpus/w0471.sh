# extsim conformance workload, gen.py seed 471
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 6033408 8k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 3653632 4300800 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2797568 40k" $mnt/f0
xfs_io -f -c "pwrite 1490944 44k" $mnt/f0
xfs_io -c "fpunch 5152768 88k" $mnt/f0
sync
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x61 1865678 112k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2543616 104k" -c "fsync" $mnt/f0
xfs_io -c "truncate 4059136" $mnt/f0
xfs_io -c "falloc 340k 8k" $mnt/f0
xfs_io -f -c "falloc 4059702 64k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 171035 92k" $mnt/f0
xfs_io -c "pwrite -S 0x62 3047424 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2719744 56k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 3063808 24k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/f0 588k 248k 9416" $mnt/f1
xfs_io -c "reflink $mnt/f0 2314240 4112384 292k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 2654208 1187" -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 784k 52k" $mnt/f2
xfs_io -c "fpunch 4124672 40k" $mnt/f0
xfs_io -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/f1 2691072 3723264 1257472" $mnt/f0
sync
xfs_io -c "reflink $mnt/f2 1978368 352k 28k" $mnt/f2
xfs_io -c "pwrite -S 0x61 2347008 12131" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 436k 36k" $mnt/f3
xfs_io -c "pwrite 956k 160k" -c "fdatasync" $mnt/f2
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite 7106560 228k" $mnt/f4
md5sum $mnt/f2
xfs_io -c "fdatasync" $mnt/f4
xfs_io -c "fpunch 796k 120k" $mnt/f1
xfs_io -c "dedupe $mnt/f4 3874816 0 8k" $mnt/f4
xfs_io -c "dedupe $mnt/f3 464k 2138112 20k" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 1875968 20k" $mnt/f5
xfs_io -c "falloc 1376256 16k" $mnt/f2
xfs_io -c "pwrite -S 0x63 264k 232k" $mnt/f3
xfs_io -c "fpunch 791633 28k" $mnt/f2
rm $mnt/f2
xfs_io -c "fzero 5885952 28k" $mnt/f1
xfs_io -c "fpunch 142120 32k" $mnt/f3
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite 488k 208k" -c "fsync" $mnt/f4
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 1978368 76k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 3473408 36k" $mnt/f1
rm -f $mnt/f3
sync
xfs_io -c "dedupe $mnt/s1/f4 1167360 28k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2449408 52k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 5603328 4k" $mnt/s1/f4
xfs_io -c "pwrite 2457305 40k" -c "fdatasync" $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 5853184 3609" $mnt/f5
xfs_io -c "reflink $mnt/f0 4841472 4845568 28k" $mnt/f0
md5sum $mnt/s1/f5
md5sum $mnt/s1/f4
xfs_io -c "dedupe $mnt/f5 844k 64k 4k" $mnt/f0
xfs_io -c "pwrite 1326257 28k" -c "fsync" $mnt/f1
