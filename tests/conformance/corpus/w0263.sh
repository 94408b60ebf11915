# extsim conformance workload, gen.py seed 263
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "reflink $mnt/s1/g0 0 0 4k" $mnt/s1/g0
xfs_io -c "falloc 1728512 256k" $mnt/s1/g0
xfs_io -c "fpunch 1736704 100k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 712k 60k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 944k 8k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 1601533 627" $mnt/s1/g1
xfs_io -c "fpunch 1429504 44k" $mnt/s1/g1
xfs_io -c "truncate 1536272" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 261311 20k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/g0 1445888 0 94480" $mnt/s1/g1
xfs_io -c "falloc -k 1396736 132k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 1474560 680k 20k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 1015994 12k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g1 960k 24k 24k" $mnt/s1/g0
sync
xfs_io -c "dedupe $mnt/s1/g0 1441792 12k 8k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g1 1008k 64k 32k" $mnt/s1/g0
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "falloc 452k 28k" $mnt/s1/g2
xfs_io -c "truncate 263948" $mnt/f0
xfs_io -c "pwrite -S 0x63 373736 72k" $mnt/s1/g2
xfs_io -c "pwrite -S 0x62 384k 12k" $mnt/s1/g1
xfs_io -f -c "pwrite 543669 12k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 706546 4k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g1
xfs_io -f -c "reflink $mnt/s1/g1 1253376 372k 352880" $mnt/f1
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g2
xfs_io -c "dedupe $mnt/s1/g2 304k 0 180k" $mnt/f0
rm $mnt/s1/g1
xfs_io -c "fzero 316k 9360" $mnt/s1/g0
chattr +C $mnt/s1/g2
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "fpunch 464k 52k" $mnt/s1/g0
xfs_io -c "falloc 1572864 12k" $mnt/f1
sync
xfs_io -c "falloc -k 1056768 9939" $mnt/s1/g0
xfs_io -c "falloc 1224704 64k" $mnt/s1/g0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g2 64k 388k 420k" $mnt/s1/g0
chattr +C $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g1 0 1753088 8k" $mnt/s1/g1
xfs_io -c "falloc 4k 8k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 304k 44k" $mnt/s1/g2
xfs_io -c "falloc -k 72k 8k" $mnt/s1/g0
rm -f $mnt/f0
xfs_io -c "dedupe $mnt/s1/g1 0 320k 8k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "dedupe $mnt/f1 1404928 0 16k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 596k 36k" $mnt/f1
xfs_io -c "falloc -k 888k 1193" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 936k 136k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1142784 3042" $mnt/f0
xfs_io -f -c "falloc -k 1142784 4k" $mnt/s1/g3
xfs_io -c "reflink $mnt/s2/f1 908k 384k 648k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 -b 1m 196k 3m" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 372k 44k" $mnt/s1/g0
xfs_io -c "pwrite 276k 3391" $mnt/f0
xfs_io -c "fzero -k 608k 12k" $mnt/s1/g3
xfs_io -f -c "pwrite 1843317 44k" $mnt/s1/g3
xfs_io -c "dedupe $mnt/s1/g3 128k 28k 8k" $mnt/f0
chattr +C $mnt/s1/g3
xfs_io -c "pwrite -S 0x63 1232896 2996" $mnt/f1
xfs_io -c "reflink $mnt/s1/g2 224k 1507328 224k" $mnt/s1/g3
xfs_io -c "dedupe $mnt/f1 40k 60k 32k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f1 224k 1421312 1363968" $mnt/f1
