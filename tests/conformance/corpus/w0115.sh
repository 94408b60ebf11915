# extsim conformance workload, gen.py seed 115 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 9630862 112k" $mnt/f0
xfs_io -c "pwrite -S 0x61 9539584 56k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4243456 52k 20k" $mnt/f0
xfs_io -c "fpunch 5745680 52k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x61 22306816 24k" $mnt/f0
xfs_io -c "truncate 1668464" $mnt/f0
xfs_io -c "reflink $mnt/f0 604k 124k 768k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 824k 11m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 7815168 0 4567040" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1716224 32960512 8794112" $mnt/f1
xfs_io -c "pwrite -S 0x61 12947825 180k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 -b 1m 3850240 8m" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 7880704 1m" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 25485312 4k" $mnt/s1/f1
xfs_io -c "falloc 25706496 14m" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 32659019 60k" -c "fsync" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 22175744 4266" $mnt/f2
xfs_io -c "falloc 5599232 44k" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s2/f0 4423680 0 7958528" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 11137024 48k" $mnt/f1
xfs_io -c "fzero 4403200 104k" $mnt/s2/f0
sync
xfs_io -f -c "pwrite -S 0x63 -b 1m 25690112 1m" $mnt/s1/g0
xfs_io -c "pwrite -b 1m 4853760 5m" -c "fsync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 10702848 10m" $mnt/s2/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "falloc 3120355 2m" $mnt/f2
xfs_io -c "pwrite -S 0x63 9970785 8410" $mnt/s3/f1
xfs_io -c "pwrite -S 0x61 3836509 56k" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 17079588 24k" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd -b 1m 23298048 10m" $mnt/s3/g0
xfs_io -c "reflink $mnt/f0 8433664 38621184 0" $mnt/s2/f1
xfs_io -c "falloc 33961063 24k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 -b 1m 6914048 16m" $mnt/f3
xfs_io -c "fpunch 34033664 44k" $mnt/s3/f1
xfs_io -f -c "pwrite -S 0x62 19648512 20k" $mnt/s3/g1
xfs_io -c "falloc 35012608 3822" $mnt/s3/f1
xfs_io -c "reflink $mnt/s1/g0 16015360 5570560 5455872" $mnt/s3/g1
