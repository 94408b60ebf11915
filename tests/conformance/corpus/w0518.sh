# extsim conformance workload, gen.py seed 518
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 7671808 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 5811969 52k" $mnt/f0
xfs_io -f -c "falloc 716k 4249" $mnt/f1
xfs_io -c "pwrite -S 0x61 3489792 52k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 2482176 16k 12k" $mnt/f0
xfs_io -f -c "truncate 8304616" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "truncate 3211264" $mnt/f0
sync
xfs_io -r -c "fiemap -v" $mnt/f2
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2035712 1273" $mnt/f0
xfs_io -c "pwrite 2162688 64k" $mnt/f2
xfs_io -c "truncate 2572288" $mnt/s1/f2
xfs_io -c "dedupe $mnt/s1/f1 2850816 2596864 24k" $mnt/f1
xfs_io -c "pwrite -S 0x63 3596288 240k" $mnt/s1/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 2265952" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f1 4677632 2816547 9270" $mnt/s1/f2
xfs_io -f -c "falloc 8130560 16k" $mnt/f3
xfs_io -c "pwrite -S 0x62 -b 1m 34275 3m" $mnt/f1
xfs_io -c "falloc 3194880 80k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 38078 176k" $mnt/f3
xfs_io -f -c "reflink $mnt/f3 6410240 7372800 1302528" $mnt/f4
xfs_io -c "truncate 1458176" $mnt/f2
xfs_io -c "falloc -k 300k 10939" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "dedupe $mnt/f4 7389184 1006046 56k" $mnt/f2
xfs_io -f -c "falloc 116k 116k" $mnt/s2/g0
xfs_io -c "reflink $mnt/f1 3506176 2514944 32k" $mnt/s2/f0
xfs_io -c "falloc 8171520 48k" $mnt/s2/g0
xfs_io -f -c "reflink $mnt/f2 1179648 572k 272k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -f -c "falloc 2617344 64k" $mnt/s2/g1
xfs_io -c "pwrite -S 0x62 334184 1559" -c "fsync" $mnt/s1/f2
xfs_io -c "fpunch 4886528 28k" $mnt/s2/f4
xfs_io -c "dedupe $mnt/s2/f1 2621440 60k 4k" $mnt/f1
xfs_io -c "pwrite -S 0x63 80k 443" -c "fsync" $mnt/s2/f0
xfs_io -c "pwrite 2269184 28k" -c "fsync" $mnt/s1/f0
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/s2/f3 8019968 748k 12k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "reflink $mnt/s2/f1" $mnt/s2/f2
xfs_io -c "pwrite -S 0x61 832509 44k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 3223552 0 16k" $mnt/f3
