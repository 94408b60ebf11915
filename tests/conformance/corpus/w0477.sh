# extsim conformance workload, gen.py seed 477
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 104664" $mnt/f0
xfs_io -c "reflink $mnt/f0 28k 48k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1855488 36k" $mnt/f1
xfs_io -c "truncate 612k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f0 360k 276k 32k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 1597440 88k" -c "fsync" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f1 1724416 44k 16k" $mnt/f0
xfs_io -c "fzero 1806336 60k" $mnt/s1/f1
xfs_io -c "falloc -k 32k 64k" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite 1495040 132k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 79391 164k" $mnt/f0
xfs_io -c "falloc 1740800 16k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 596k 56k" $mnt/s1/f0
md5sum $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f1 1085440 960k 256k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 376k 244k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f1 880k 1277952 948k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1101824 4196" $mnt/f1
xfs_io -c "pwrite -S 0x63 1552384 64k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f1 1859584 188k 28k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 696k 196k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f1 700k 576k 332k" $mnt/f1
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 2017144 9202" $mnt/s1/f0
xfs_io -c "falloc 80k 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1445888 3m" $mnt/s1/f0
sync
xfs_io -c "dedupe $mnt/s1/f1 1736704 164k 4k" $mnt/s1/f1
xfs_io -c "pwrite 448k 60k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 1318613 2865" $mnt/s1/f0
umount $mnt
mount $dev $mnt
btrfs subvolume snapshot -r $mnt $mnt/s2
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite 1531904 56k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 572k 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "truncate 198413" $mnt/s1/g0
xfs_io -c "fpunch 1310720 56k" $mnt/f0
sync
xfs_io -c "pwrite -S 0xcd 4345856 4779" $mnt/s1/f0
xfs_io -c "truncate 284k" $mnt/f0
xfs_io -c "pwrite -S 0x62 60k 44k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f0 396k 3178496 8k" $mnt/s1/f0
xfs_io -c "fpunch 0 20k" $mnt/s1/g0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0xcd 136k 160k" $mnt/f0
xfs_io -c "fzero -k 56k 2m" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 1171456 356k 2469888" $mnt/s1/g0
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "pwrite -S 0xcd 1720320 8549" $mnt/f1
xfs_io -c "dedupe $mnt/s2/f1 268k 48k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2347008 256k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s3/f1 1298432 84k 188k" $mnt/f0
md5sum $mnt/s2/f1
xfs_io -c "reflink $mnt/s1/f0 3862528 240k 300k" $mnt/s1/f1
xfs_io -f -c "pwrite 808k 8k" -c "fsync" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/f0 4313088 224k 124k" $mnt/f0
xfs_io -c "pwrite -S 0x61 452k 92k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 608k 2233" $mnt/s1/f1
