# extsim conformance workload, gen.py seed 6040 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 580k 2111" $mnt/f0
xfs_io -c "pwrite -S 0x62 444k 40k" $mnt/f0
xfs_io -c "pwrite -S 0x61 280k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 6230016 32k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 5517312 1548288 484k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4104192 0 2162688" $mnt/f0
rm $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "reflink $mnt/f0 0 2621440 8k" $mnt/f0
xfs_io -c "fpunch 7757824 60k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 0 3153920 12k" $mnt/f1
xfs_io -c "truncate 7852397" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/f1 0 548k 4k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f1" $mnt/s1/f0
xfs_io -c "falloc 2643079 140k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 4403200 9167" $mnt/f1
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x61 384k 8k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 7806976 5505024 4k" $mnt/s1/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc -k 3649536 132k" $mnt/f1
xfs_io -f -c "falloc -k 8007680 188k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 1359872 1368064 12k" $mnt/s1/g0
xfs_io -f -c "falloc 7290880 8082" $mnt/s1/g1
xfs_io -c "dedupe $mnt/f0 1884160 1871872 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 7122944 40k" $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x63 3158016 16k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 4710400 28k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 5230592 60k 4k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "dedupe $mnt/s1/g0 212k 4k 8k" $mnt/f0
xfs_io -c "fzero 3051598 4k" $mnt/s1/f1
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x62 2709514 64k" -c "fdatasync" $mnt/s3/f1
xfs_io -f -c "pwrite -S 0x63 3420160 820" $mnt/s3/g0
xfs_io -c "pwrite -S 0xcd 2576384 8750" -c "fsync" $mnt/s1/f1
xfs_io -f -c "truncate 4657152" $mnt/s2/g0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 2134016 2515" $mnt/f0
xfs_io -c "pwrite -S 0x61 2013922 24k" $mnt/s1/f1
xfs_io -c "truncate 4685563" $mnt/f1
xfs_io -c "pwrite -S 0x62 7172096 12k" $mnt/s3/f0
xfs_io -f -c "pwrite -S 0x63 7995392 2344" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f1 1843200 8k 12k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 1359872 7929856 260k" $mnt/s3/g0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 2830336 4100" $mnt/s3/f1
xfs_io -c "pwrite -S 0xcd 2109440 8k" $mnt/s2/f1
sync
xfs_io -c "pwrite -S 0x63 2453576 64k" $mnt/s1/g0
xfs_io -f -c "pwrite 155320 36k" $mnt/s3/g0
xfs_io -f -c "pwrite -S 0xcd 8331264 136k" -c "fdatasync" $mnt/s1/f0
sync
xfs_io -c "dedupe $mnt/s2/g0 2293760 492k 28k" $mnt/s1/g0
xfs_io -c "pwrite 3158016 11423" -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x62 348k 32k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 7180288 64k" $mnt/f2
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "falloc 7831552 9384" $mnt/s1/g3
xfs_io -f -c "pwrite -S 0x61 2232642 24k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/f1 7460580 7970816 24k" $mnt/s3/f0
xfs_io -c "reflink $mnt/s2/f0 2359296 5507205 2213" $mnt/s1/f1
xfs_io -c "fsync" $mnt/s3/g0
xfs_io -c "fzero -k 5812224 215" $mnt/s1/g2
sync
echo 3 > /proc/sys/vm/drop_caches
