# extsim conformance workload, gen.py seed 114
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 4931584 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 6630407 200k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 5304320 3751936 1539079" $mnt/f2
xfs_io -c "dedupe $mnt/f0 1114112 32k 8k" $mnt/f0
xfs_io -c "fpunch 3227648 2287" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3642737 3863" $mnt/f1
xfs_io -c "reflink $mnt/f1 3547136 6385664 3300359" $mnt/f1
xfs_io -c "dedupe $mnt/f0 112k 40k 32k" $mnt/f0
xfs_io -c "fpunch 608k 36k" $mnt/f1
xfs_io -c "reflink $mnt/f1 6451200 3362816 32k" $mnt/f1
xfs_io -c "reflink $mnt/f2 0 3465216 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 504k 504k 32k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fpunch 1472018 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 7835648 36k" $mnt/f0
xfs_io -c "pwrite -S 0x63 6358851 40k" $mnt/s1/f1
xfs_io -f -c "reflink $mnt/s1/f2 0 5586944 4k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 3371001 1764" $mnt/s1/g1
xfs_io -c "reflink $mnt/f1 732k 5435392 2015232" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 756k 140k" $mnt/s1/g1
xfs_io -c "reflink $mnt/f1 5697536 424k 1122304" $mnt/s1/g1
xfs_io -c "falloc 366203 52k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 7384239 20k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f1 1630208 48k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f1 4887996 7737344 44k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/s1/f1
xfs_io -c "truncate 308k" $mnt/s1/f2
xfs_io -c "dedupe $mnt/s1/f1 6955008 24k 4k" $mnt/f0
xfs_io -c "fdatasync" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g0 0 2088960 4k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 2639182 5505" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/f2 232k 60k 32k" $mnt/f0
xfs_io -c "falloc -k 116k 2729" $mnt/s1/f2
btrfs subvolume snapshot $mnt $mnt/s2
sync
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "dedupe $mnt/s1/f0 3059712 0 4k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 512k 108k" $mnt/s3/g0
xfs_io -c "reflink $mnt/f2 5857280 6340608 24k" $mnt/f2
xfs_io -c "reflink $mnt/s2/f2 4k 1622016 4k" $mnt/s3/f1
