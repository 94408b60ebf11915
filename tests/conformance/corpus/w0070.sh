# extsim conformance workload, gen.py seed 70
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 1720320 12k" $mnt/f0
xfs_io -c "fzero 1004k 1m" $mnt/f0
xfs_io -c "falloc 274150 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1298240 48k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1941504 1273856 16k" $mnt/f0
xfs_io -c "falloc 489322 1m" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 248k 8k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 288k 3m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1347584 340k 28k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 120k 892k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 524k 48k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1912832 144k 180k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
rm -f $mnt/f1
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "falloc 2662400 24k" $mnt/f0
xfs_io -c "pwrite 323856 60k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 2408448 108k" $mnt/f0
xfs_io -c "falloc -k 544k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2711552 1581056 664k" $mnt/f0
xfs_io -c "pwrite 2304380 52k" $mnt/f0
xfs_io -c "falloc 2834432 56k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 0 0 12k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 3317760 248k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1245184 64k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite 2945024 1911" -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
