# extsim conformance workload, gen.py seed 6112 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 7242919 60k" $mnt/f0
xfs_io -c "falloc 6394595 11822" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x63 4545579 40k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 4859750 168k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2985984 0 32k" $mnt/f0
xfs_io -c "pwrite -S 0x62 3723264 28k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 3162106 228k" $mnt/f0
xfs_io -c "truncate 3573392" $mnt/f0
xfs_io -c "falloc 7735304 92k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "fpunch 5197824 40k" $mnt/f0
md5sum $mnt/f1
sync
xfs_io -c "reflink $mnt/f1" $mnt/f1
xfs_io -c "falloc 1194829 8k" $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f1 920k 460k 273229" $mnt/f1
xfs_io -c "dedupe $mnt/f1 12k 0 8k" $mnt/f0
xfs_io -c "falloc 5603328 56k" $mnt/f0
chattr +C $mnt/f1
md5sum $mnt/f0
xfs_io -c "fpunch 6680576 2509" $mnt/f1
xfs_io -c "falloc 2445312 156k" $mnt/f0
xfs_io -f -c "falloc 3932160 11358" $mnt/f2
xfs_io -c "dedupe $mnt/f1 1191936 3645440 20k" $mnt/f2
xfs_io -c "pwrite -S 0x62 1744896 11060" $mnt/f2
xfs_io -c "pwrite -S 0x61 4075520 128k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4329472 1871872 672k" $mnt/f2
xfs_io -c "reflink $mnt/f1 336k 2760704 48k" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 360k 36k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1171456 1347584 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "falloc 6836224 40k" $mnt/f0
xfs_io -c "reflink $mnt/f1 656k 272k 5560" $mnt/f1
xfs_io -c "pwrite -S 0x61 1181311 92k" $mnt/f2
xfs_io -c "pwrite -S 0x61 1355776 32k" -c "fdatasync" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
sync
xfs_io -c "fzero 7572983 48k" $mnt/f1
xfs_io -c "reflink $mnt/f0 956k 5414912 916k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 3530752 56k" $mnt/f1
xfs_io -c "falloc 4408820 6764" $mnt/s1/f1
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/s1/f0 5365760 704k 2330624" $mnt/s1/f2
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 6881280 12k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fsync" $mnt/s1/f1
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/s1/f0 5345280 2252800 592k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2490368 12k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x63 1261568 144k" $mnt/s1/f2
xfs_io -c "pwrite -S 0xcd -b 1m 12k 4m" $mnt/s1/f0
xfs_io -c "fpunch 3162112 36k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f2 3235840 0 711774" $mnt/s1/f1
xfs_io -f -c "pwrite 160798 44k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f2 2424832 0 32k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 7229440 24k" $mnt/s1/g1
xfs_io -c "fzero 2161608 64k" $mnt/s1/f0
