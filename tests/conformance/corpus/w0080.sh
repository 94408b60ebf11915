# extsim conformance workload, gen.py seed 80
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 1605632 80k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 324k 28k 32k" $mnt/f0
xfs_io -c "fpunch 1323008 36k" $mnt/f0
xfs_io -c "pwrite -S 0x61 612k 48k" $mnt/f0
xfs_io -c "falloc 408k 236k" $mnt/f0
xfs_io -c "fpunch 80k 1777" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1462185 5595" $mnt/f0
xfs_io -c "truncate 1351680" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "pwrite 1421312 232k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1187840 48k 28k" $mnt/f0
xfs_io -c "falloc -k 292k 36k" $mnt/f0
xfs_io -c "falloc 504424 24k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x62 84k 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1146880 84k" $mnt/f0
xfs_io -c "falloc 956k 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 604k 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 252k 1576960 32k" $mnt/f0
xfs_io -c "fpunch 1622016 216k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1593344 1593344 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1654784 1665" $mnt/f0
xfs_io -c "pwrite -S 0x61 836k 16k" -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/f0 1085440 128k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x62 172k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1438938 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1564672 1560576 8k" $mnt/f0
xfs_io -c "pwrite -S 0x62 372230 11874" -c "fdatasync" $mnt/f0
xfs_io -c "falloc -k 616k 60k" $mnt/f0
xfs_io -c "pwrite -S 0x61 728k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1191936 12195" -c "fsync" $mnt/f0
xfs_io -c "fpunch 440k 3m" $mnt/f0
xfs_io -c "reflink $mnt/f0 1261568 1200128 152k" $mnt/f0
xfs_io -c "falloc 128k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1998848 52k" -c "fdatasync" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 428484 36k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 340k 16k 16k" $mnt/f0
