# extsim conformance workload, gen.py seed 20
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 -b 1m 710275 1m" $mnt/f0
xfs_io -c "reflink $mnt/f0 1425408 1085440 172k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 580k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1351680 44k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1634304 1273856 76k" $mnt/f0
xfs_io -c "reflink $mnt/f0 600k 1363968 1156739" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 932k 24k 808579" $mnt/f0
xfs_io -c "pwrite -S 0x62 1261568 116k" $mnt/f0
xfs_io -c "pwrite -S 0x62 516k 1617" $mnt/f0
xfs_io -c "pwrite -S 0x63 336k 3090" $mnt/s1/f0
xfs_io -c "falloc -k 16k 160k" $mnt/s1/f0
rm $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 20k 284k 1750659" $mnt/f0
sync
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "falloc -k 864k 52k" $mnt/f0
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 1572864 52k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 0 1593344 4k" $mnt/f0
xfs_io -c "fpunch 1540580 20k" $mnt/f0
xfs_io -c "falloc -k 1110957 60k" $mnt/f0
xfs_io -f -c "falloc 1216512 40k" $mnt/s1/g1
sync
xfs_io -c "pwrite 1474560 32k" $mnt/s1/g0
sync
xfs_io -c "pwrite -S 0x63 504k 28k" $mnt/s1/g1
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "falloc 696k 44k" $mnt/f2
xfs_io -c "pwrite 308k 8k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "falloc 904k 188k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 1214243 12k" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 848k 4m" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 634072 40k" $mnt/f2
xfs_io -c "reflink $mnt/f2 576k 1433600 24k" $mnt/f0
xfs_io -f -c "truncate 735647" $mnt/f3
xfs_io -c "pwrite -S 0x62 1314816 36k" -c "fdatasync" $mnt/s1/g0
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 4251775 156k" $mnt/f1
xfs_io -f -c "falloc 256k 8k" $mnt/s1/g2
xfs_io -c "dedupe $mnt/f1 3698688 3686400 4k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g0 948k 960k 20k" $mnt/s1/g0
xfs_io -c "fpunch 304k 565" $mnt/f0
xfs_io -c "fpunch 1511426 3675" $mnt/f1
xfs_io -f -c "truncate 1159029" $mnt/s1/g3
sync
xfs_io -c "dedupe $mnt/f0 188k 1064960 24k" $mnt/f0
xfs_io -c "reflink $mnt/f2 356k 296k 388k" $mnt/f2
xfs_io -c "dedupe $mnt/f3 84k 240k 20k" $mnt/s1/g3
xfs_io -c "pwrite -S 0x63 360k 4k" $mnt/f2
xfs_io -c "falloc 213130 8347" $mnt/s1/g3
xfs_io -c "falloc 876k 6454" $mnt/s1/g3
md5sum $mnt/f0
xfs_io -c "falloc 2637824 16k" $mnt/f1
xfs_io -c "fpunch 480k 1m" $mnt/f0
xfs_io -c "fsync" $mnt/f3
xfs_io -c "fpunch 960k 36k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g3 88k 4k 32k" $mnt/f0
md5sum $mnt/s1/g3
xfs_io -f -c "pwrite -S 0x62 653809 220k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 1314816 4902" $mnt/s1/g4
xfs_io -f -c "pwrite -S 0x62 748691 132k" $mnt/f4
xfs_io -r -c "fiemap -v" $mnt/s1/g3
xfs_io -f -c "pwrite -S 0x61 3989504 32k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "falloc 107386 4m" $mnt/s1/g2
xfs_io -c "reflink $mnt/f2 548k 292k 208k" $mnt/s1/g0
