# extsim conformance workload, gen.py seed 179 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 17039360 4k" $mnt/f0
xfs_io -c "falloc 10973184 9m" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 32444416 2m" $mnt/f0
xfs_io -c "pwrite -S 0x61 17032115 228k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 23543808 11673600 1769472" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 8908800 8m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 17383424 16k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x62 20209664 28k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 160k 11m" $mnt/f0
sync
xfs_io -c "falloc 22159360 124k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 80k 11m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 30040064 20k 28k" $mnt/f0
xfs_io -c "truncate 2239175" $mnt/f0
xfs_io -c "pwrite -S 0x61 2187264 44k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -b 1m 1000k 8m" $mnt/f0
xfs_io -c "reflink $mnt/f0 1875968 2506752 7540736" $mnt/f0
xfs_io -c "reflink $mnt/f0 2846720 8544256 1257472" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 6479872 5m" $mnt/f0
xfs_io -c "reflink $mnt/f0 2088960 9646080 1691648" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 7827456 3m" -c "fdatasync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 9175040 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5079040 1052672 16k" $mnt/f0
sync
xfs_io -c "fpunch 108k 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1646592 7598080 32k" $mnt/f0
xfs_io -c "pwrite -S 0x63 29868032 7541" $mnt/f0
xfs_io -c "pwrite 21794816 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 28741632 24k 12k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f0 28340224 4k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x63 29716480 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1859584 104k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 -b 1m 20250624 14m" $mnt/s1/f0
xfs_io -c "falloc 1142784 4m" $mnt/s1/g0
