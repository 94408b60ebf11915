# extsim conformance workload, gen.py seed 542 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 13066240 2m" -c "fsync" $mnt/f0
xfs_io -c "fpunch 6787072 4m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 3813376 5m" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 6094848 7m" -c "fsync" $mnt/f0
xfs_io -c "pwrite 2768896 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2260992 64k" $mnt/f0
xfs_io -f -c "pwrite 1568768 40k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 680k 60k 32k" $mnt/f0
xfs_io -c "truncate 13303808" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2408448 5918720 16k" $mnt/f0
xfs_io -f -c "pwrite 17702727 40k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 5877760 2m" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "pwrite 17764352 24k" $mnt/f2
xfs_io -c "pwrite -S 0x63 -b 1m 13344768 3m" -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 -b 1m 10608640 4m" $mnt/f3
xfs_io -c "falloc 4337664 13m" $mnt/f2
xfs_io -c "falloc 9158656 9m" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 9244672 2674688 4067328" $mnt/f3
xfs_io -c "dedupe $mnt/f3 10399744 0 24k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 -b 1m 26189824 5m" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 21024768 32k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 1822720 9m" $mnt/f2
xfs_io -c "fpunch 3960832 268" $mnt/f3
xfs_io -c "fpunch 13979648 3816" $mnt/f2
xfs_io -c "falloc 1314816 56k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f0 10977280 6545408 324k" $mnt/f1
xfs_io -c "truncate 7630848" $mnt/f2
xfs_io -f -c "reflink $mnt/f0 7708672 14082048 5607424" $mnt/f5
xfs_io -c "reflink $mnt/f5 0 6066176 4k" $mnt/f5
xfs_io -c "fpunch 32337920 12k" $mnt/f5
xfs_io -c "reflink $mnt/f4 9830400 32161792 11669504" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 13512704 12k" $mnt/f5
xfs_io -f -c "pwrite -S 0xcd 15603619 208k" $mnt/f5
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x63 2811940 44k" $mnt/s2/f2
chattr +C $mnt/s2/f5
xfs_io -c "dedupe $mnt/f4 24035328 0 7401472" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f3 31059968 0 12775424" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 10993664 44k" $mnt/f6
xfs_io -c "dedupe $mnt/f2 816k 20k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2674688 64k" -c "fdatasync" $mnt/f6
xfs_io -c "fzero -k 7323648 8k" $mnt/s2/f4
xfs_io -c "dedupe $mnt/f1 9928704 0 24k" $mnt/s2/f2
xfs_io -c "reflink $mnt/s1/f1 16203776 27353088 944k" $mnt/s2/f4
xfs_io -c "pwrite -S 0x62 -b 1m 1593344 7m" $mnt/s2/f0
xfs_io -c "truncate 10273195" $mnt/s2/f5
xfs_io -c "truncate 2977792" $mnt/s2/f2
xfs_io -c "fpunch 3956736 36k" $mnt/f0
sync
