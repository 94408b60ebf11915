# extsim conformance workload, gen.py seed 427
mkfs.btrfs -f $dev -b 512m > /dev/null
mount -o nodatacow $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "pwrite -S 0x61 1409024 44k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "falloc -k 436k 12k" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 1277952 44k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 552k 116k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc -k 228k 64k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 776k 8075" -c "fsync" $mnt/sv/g0
xfs_io -c "fpunch 220k 48k" $mnt/sv/g0
xfs_io -c "fpunch 1057699 44k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 44k 0 1413120" $mnt/sv/g0
xfs_io -c "falloc 1716224 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1527808 568k 28k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite 612k 64k" -c "fsync" $mnt/sv/g0
xfs_io -f -c "truncate 460k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 1662976 1667072 16k" $mnt/sv/g0
xfs_io -f -c "truncate 2048363" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g0 1004k 432k 384k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0xcd 572k 236k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 920k 56k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 372k 12k 132k" $mnt/sv/g1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 1056768 188k" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g2 976k 0 1053035" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/s1/f0 792k 1871872 148k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 32k 16k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 1871206 8909" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 220k 0 1802240" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/sv/g2 924k 1355776 800k" $mnt/s1/g1
xfs_io -c "fsync" $mnt/sv/g2
