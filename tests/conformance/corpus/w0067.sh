# extsim conformance workload, gen.py seed 67 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 11862016 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 11821056 11767808 16k" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 3955119 2689" $mnt/f0
xfs_io -f -c "truncate 33464320" $mnt/f1
xfs_io -c "pwrite -S 0x61 28655616 6280" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x63 16470016 40k" $mnt/f0
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 25874432 32k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 18051072 552k 888k" $mnt/s1/f0
xfs_io -c "falloc -k 5079040 7541" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 27578368 22712320 132k" $mnt/f0
xfs_io -c "fpunch 7340442 208k" $mnt/f1
xfs_io -c "pwrite -S 0x63 20336640 44k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f1 24760320 0 8708096" $mnt/f0
xfs_io -c "falloc 10510336 8134" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 3854336 15m" $mnt/f1
xfs_io -c "fpunch 14655488 5524" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 10940416 0 12k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0xcd -b 1m 27369472 5m" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 23396352 132k" $mnt/s1/g0
xfs_io -c "fpunch 20788038 72k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f0 1114112 1118208 28k" $mnt/f0
rm $mnt/s1/f1
xfs_io -c "fpunch 18305024 52k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 -b 1m 18698240 15m" $mnt/f1
chattr +C $mnt/s1/g0
xfs_io -c "falloc -k 9130189 60k" $mnt/f2
xfs_io -c "pwrite -S 0x62 20758528 20k" $mnt/f1
