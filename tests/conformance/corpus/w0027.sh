# extsim conformance workload, gen.py seed 27
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 766935 12k" $mnt/sv/g0
xfs_io -c "truncate 1466368" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "fpunch 591430 256k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 308k 2m" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 2163709 64k" $mnt/sv/g0
xfs_io -c "truncate 2331625" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 480k 120k" $mnt/sv/g1
xfs_io -f -c "pwrite 1241088 76k" $mnt/sv/g1
xfs_io -c "fpunch 928k 3m" $mnt/sv/g0
xfs_io -c "fzero -k 766273 20k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1544192 124k 791529" $mnt/sv/g1
xfs_io -c "falloc 1273856 20k" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
chattr +C $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1568768 4k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 452k 0 1114112" $mnt/sv/g1
xfs_io -f -c "falloc -k 1859584 28k" $mnt/f0
xfs_io -c "truncate 492k" $mnt/s1/g0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "fzero -k 300k 8k" $mnt/s2/g1
chattr +C $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 1879033 10783" $mnt/s2/g1
xfs_io -c "dedupe $mnt/sv/g0 256k 60k 24k" $mnt/s1/g0
xfs_io -c "fpunch 1261568 32k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s1/g0 176k 1236992 324k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 0 1933312 4k" $mnt/s2/g0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 0 1814528 8k" $mnt/s2/g0
xfs_io -c "falloc 517097 3m" $mnt/s1/g0
sync
xfs_io -f -c "pwrite -S 0x61 956550 44k" $mnt/f0
xfs_io -c "pwrite -S 0x62 728k 104k" -c "fdatasync" $mnt/sv/g1
sync
xfs_io -f -c "pwrite -S 0x62 616k 36k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/s2/g1
xfs_io -c "reflink $mnt/f0 444k 2465792 404k" $mnt/s1/g0
xfs_io -c "fpunch 656k 11255" $mnt/s2/g1
xfs_io -c "reflink $mnt/s1/g0 2056192 732k 1069056" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 440402 4k" $mnt/f0
xfs_io -f -c "pwrite 2076672 52k" $mnt/s2/g1
btrfs subvolume snapshot $mnt/sv $mnt/s3
sync
xfs_io -f -c "pwrite -S 0x63 2244608 76k" -c "fsync" $mnt/sv/g0
chattr +C $mnt/s2/g1
xfs_io -c "pwrite -S 0xcd 810656 28k" $mnt/sv/g1
xfs_io -c "reflink $mnt/f0 452k 2224128 212k" $mnt/sv/g0
xfs_io -f -c "pwrite 1536000 64k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "reflink $mnt/sv/g1 144k 2068480 2138112" $mnt/sv/g0
rm $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "falloc 2273280 60k" $mnt/s2/g1
xfs_io -c "fsync" $mnt/s3/g0
sync
xfs_io -c "dedupe $mnt/sv/g0 2084864 1982464 8k" $mnt/s3/g0
xfs_io -f -c "pwrite -S 0x63 884k 52k" $mnt/s2/g2
xfs_io -c "reflink $mnt/sv/g1 1531904 400k 252k" $mnt/s3/g0
xfs_io -f -c "pwrite -S 0x63 669621 948" $mnt/s2/g3
xfs_io -c "pwrite -S 0xcd 1769925 48k" $mnt/s2/g1
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 -b 1m 1204224 2m" $mnt/s3/g1
