# extsim conformance workload, gen.py seed 350
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 8200192 4m" $mnt/f0
xfs_io -c "reflink $mnt/f0 11730944 11747328 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 10899456 6221383 116k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "falloc 6196740 56k" $mnt/f0
xfs_io -c "fzero -k 10002432 48k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 4898816 60k 28k" $mnt/f0
xfs_io -c "truncate 3022848" $mnt/f0
xfs_io -c "pwrite -S 0x63 2068480 16k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 6713344 20k" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x61 6729849 140k" $mnt/f1
xfs_io -c "pwrite -S 0x61 2062300 36k" $mnt/f0
xfs_io -c "pwrite -S 0x63 512k 24k" $mnt/f1
xfs_io -c "pwrite -S 0x62 5185536 16k" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 4874240 5503" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "fzero 2404352 240k" $mnt/s3/f0
xfs_io -c "pwrite -S 0x62 912k 40k" $mnt/s3/f1
xfs_io -c "falloc -k 2826240 16k" $mnt/s3/f0
xfs_io -c "truncate 1743881" $mnt/s3/f0
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "reflink $mnt/s1/f0 2891776 5550080 9515008" $mnt/s3/f1
xfs_io -c "reflink $mnt/s3/f1 2838528 844k 680k" $mnt/s3/f0
xfs_io -c "dedupe $mnt/s2/f0 9555968 0 2842624" $mnt/s3/f2
xfs_io -f -c "pwrite -S 0x62 940k 16k" $mnt/s3/f0
xfs_io -f -c "pwrite 544k 132k" $mnt/f0
xfs_io -c "falloc -k 1851915 2487" $mnt/f0
xfs_io -f -c "falloc 5263360 8k" $mnt/s3/g0
xfs_io -f -c "falloc 5582848 28k" $mnt/s3/g1
xfs_io -f -c "pwrite -S 0x62 1966080 20k" $mnt/f1
xfs_io -c "pwrite -S 0x63 2498560 12k" -c "fsync" $mnt/s3/g1
xfs_io -c "pwrite -S 0xcd 7774208 52k" $mnt/f2
xfs_io -c "reflink $mnt/s3/f2 2224128 7946240 2663807" $mnt/s3/f2
xfs_io -c "dedupe $mnt/s1/f0 2957312 0 32k" $mnt/f1
xfs_io -c "pwrite -S 0x63 1008k 144k" $mnt/s3/f2
xfs_io -c "pwrite -S 0x63 3846144 40k" $mnt/s3/g0
xfs_io -c "pwrite -S 0x62 771079 4239" $mnt/f0
xfs_io -c "reflink $mnt/s3/f1 6238208 3473408 639097" $mnt/s3/g1
xfs_io -c "pwrite -S 0x63 5844992 220k" -c "fsync" $mnt/f1
xfs_io -c "fzero 6680576 220k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/s3/g0 248k 0 5021696" $mnt/s3/g1
xfs_io -c "dedupe $mnt/s2/f0 6311936 2588672 200k" $mnt/f1
xfs_io -c "falloc 1232896 4737" $mnt/s3/f0
xfs_io -c "pwrite 940k 44k" $mnt/f1
