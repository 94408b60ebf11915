# extsim conformance workload, gen.py seed 4
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 1212416 124k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 52k 136k" -c "fdatasync" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 1413120 24k" $mnt/sv/g0
xfs_io -c "falloc 1258668 40k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "truncate 328k" $mnt/sv/g0
xfs_io -c "falloc -k 140k 44k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 272k 60k" -c "fdatasync" $mnt/f0
rm $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 252k 32k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 -b 1m 40k 3m" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x63 36k 48k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 252k 224k 2940928" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/f0 1347584 88k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1716224 28k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1794048 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 580k 148k" $mnt/f1
sync
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0xcd 676k 44k" $mnt/sv/g0
xfs_io -c "falloc 572k 8k" $mnt/s2/f1
xfs_io -f -c "truncate 1130119" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 1978368 120k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x62 1597440 28k" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s2/g0 140k 128k 32k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/f0 324k 2191360 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 348k 28k" $mnt/s2/f0
xfs_io -c "truncate 1531904" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 400k 1769472 656k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 304k 132k" $mnt/f1
xfs_io -c "falloc 2027520 56k" $mnt/f0
xfs_io -c "falloc -k 4k 44k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/s2/g0 1277952 1060864 32k" $mnt/sv/g1
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/s2/f1 1613824 1384448 136k" $mnt/s2/f1
