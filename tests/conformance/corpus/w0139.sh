# extsim conformance workload, gen.py seed 139
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x63 5865472 220k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2650112 64k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 516k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3645440 68k 1699840" $mnt/f0
xfs_io -c "reflink $mnt/f0 2494464 5910528 1683456" $mnt/f0
xfs_io -c "reflink $mnt/f0 1597440 6045696 600k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3497984 2232320 2691072" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x63 721782 132k" $mnt/f0
xfs_io -c "pwrite -S 0x63 63319 136k" -c "fdatasync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 180k 628k 84k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 7143424 20k" $mnt/f0
xfs_io -c "fzero -k 395963 56k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1884160 1875968 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 264k 2m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 212k 216k 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3092480 0 8k" $mnt/f0
xfs_io -c "falloc 3821568 24k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 2859008 628k 4313088" $mnt/f0
xfs_io -c "pwrite -S 0x62 4128768 4m" $mnt/f0
xfs_io -c "truncate 1734443" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1505906 108k 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 300k 6324224 524k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
