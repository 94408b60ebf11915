# extsim conformance workload, gen.py seed 408
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 0 936k 4k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 284k 324310 7906" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 960k 12k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 576782 4k" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 92k 5231" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 528300 64k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt/sv $mnt/s1
xfs_io -f -c "pwrite -S 0x61 744k 32k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 928k 8k 20k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 917086 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 308k 300k 636k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 448k 924k 112k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 796k 20k" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0x62 572k 9689" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 484k 100k 124k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 189986 20k" -c "fsync" $mnt/sv/g0
xfs_io -c "falloc -k 132k 8220" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 268k 24k 24k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 645100 40k" -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 95099 44k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 36990 56k" $mnt/sv/g0
xfs_io -c "falloc -k 872k 36k" $mnt/sv/g0
xfs_io -c "truncate 392k" $mnt/sv/g0
xfs_io -c "fpunch 136k 32k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 260k 404k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 348k 80k 40k" $mnt/sv/g0
xfs_io -c "falloc -k 314148 64k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 92k 108k 12k" $mnt/sv/g0
rm -f $mnt/s1/g0
xfs_io -c "pwrite 344k 64k" $mnt/sv/g0
xfs_io -c "pwrite 312206 16k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt/sv $mnt/s2
xfs_io -c "falloc -k 248k 20k" $mnt/sv/g0
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/s2/g0 52k 124k 12k" $mnt/sv/g0
sync
xfs_io -c "reflink $mnt/s1/g0 184k 20k 508k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -f -c "pwrite 80k 4k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc -k 265956 60k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 32k 76k" $mnt/sv/g0
xfs_io -c "falloc 504k 3m" $mnt/sv/g0
xfs_io -f -c "falloc 836k 16k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0xcd 444135 4k" $mnt/f0
xfs_io -c "fpunch 224k 20k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 962512 52k" $mnt/sv/g0
xfs_io -c "fpunch 2859008 8663" $mnt/sv/g0
xfs_io -c "truncate 456k" $mnt/sv/g1
xfs_io -c "fpunch 248k 52k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 276792 9377" $mnt/f0
xfs_io -c "pwrite -S 0x63 2946844 112k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 308k 1724416 24k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 32k 64k" $mnt/f0
rm $mnt/s1/g0
xfs_io -c "reflink $mnt/sv/g0 2334720 1441792 444k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 3121152 3457024 488k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 264k 288k 156k" $mnt/f0
xfs_io -c "falloc 88k 28k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 300k 300k 32k" $mnt/sv/g0
xfs_io -c "falloc -k 240k 3m" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 104k 180k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc 4k 40k" $mnt/f0
