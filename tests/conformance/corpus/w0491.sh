# extsim conformance workload, gen.py seed 491
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 7183892 48k" $mnt/f0
xfs_io -c "fpunch 564k 216k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 4554752 28k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "falloc -k 4354048 42" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1171456 2682880 28k" $mnt/f0
xfs_io -c "reflink $mnt/f1 2015232 3506176 212k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 3231744 0 1355776" $mnt/f1
xfs_io -c "falloc -k 1359872 20k" $mnt/f0
xfs_io -c "falloc 3428352 4k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "truncate 2435677" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1238828 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 4567040 2809" $mnt/f1
xfs_io -c "pwrite -S 0x62 192k 28k" -c "fsync" $mnt/f0
xfs_io -c "fzero 3947994 244k" $mnt/f1
xfs_io -c "fpunch 3612672 44k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/f0 2224128 64k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2482176 44k" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 8274201 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 3718657 20k" $mnt/f1
xfs_io -c "pwrite -S 0x61 3835165 192k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 4534272 24k" $mnt/f2
sync
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fpunch 5095424 60k" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 5971968 56k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 3121152 64k" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 3842048 3416064 624k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 744k 76k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "fzero -k 2805666 9343" $mnt/f2
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "reflink $mnt/f1 4001792 4329472 56k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 4292608 36k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x63 8323072 20k" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f0 872k 52k 4k" $mnt/f0
xfs_io -c "falloc -k 3817472 60k" $mnt/f0
xfs_io -c "fpunch 2793472 40k" $mnt/f2
xfs_io -c "falloc 6671691 12k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 1957888 8k" $mnt/f0
xfs_io -c "falloc -k 7008986 40k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f1 5451776 2138112 2072576" $mnt/f2
xfs_io -c "pwrite -S 0x62 893138 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 6488064 556k 8k" $mnt/f2
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "reflink $mnt/f3 0 4399104 4k" $mnt/f1
xfs_io -c "fpunch 6342000 9923" $mnt/f1
