# extsim conformance workload, gen.py seed 499 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 -b 1m 19476480 13m" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 30285824 10379264 2715648" $mnt/f1
xfs_io -c "dedupe $mnt/f0 6455296 16k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f1 6234112 9302016 484k" $mnt/f0
xfs_io -c "pwrite 8945664 9731" $mnt/f1
xfs_io -c "pwrite 5233746 24k" $mnt/f1
xfs_io -c "pwrite -S 0x63 8245462 44k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 1609728 15m" -c "fsync" $mnt/f0
xfs_io -c "falloc -k 16429056 36k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 25989120 56k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 -b 1m 10153984 1m" $mnt/f0
xfs_io -c "pwrite -S 0x61 7421952 60k" $mnt/f0
xfs_io -c "reflink $mnt/f0 20369408 8658944 11280384" $mnt/f0
xfs_io -f -c "falloc 32477184 40k" $mnt/f2
xfs_io -c "reflink $mnt/f0 7794688 7778304 4k" $mnt/f0
xfs_io -c "reflink $mnt/f1 21946368 26099712 1097728" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 32200559 60k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 21889024 21880832 12k" $mnt/f0
xfs_io -c "falloc -k 30740480 52k" $mnt/f2
xfs_io -c "reflink $mnt/f0" $mnt/f1
xfs_io -c "dedupe $mnt/f2 11239424 1204224 228k" $mnt/f2
xfs_io -f -c "falloc 13189120 232k" $mnt/f3
xfs_io -c "dedupe $mnt/f2 19066880 19066880 4k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 27840512 1634304 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3522560 24551424 7487488" $mnt/f2
xfs_io -c "pwrite -S 0x62 7655424 32k" $mnt/f2
xfs_io -c "fpunch 19721063 252k" $mnt/f0
xfs_io -c "reflink $mnt/f1 12656640 29208576 12034048" $mnt/f1
xfs_io -c "falloc 9675194 60k" $mnt/f3
xfs_io -c "reflink $mnt/f1 27930624 828k 12713984" $mnt/f0
xfs_io -c "reflink $mnt/f3 4284416 38301696 4276224" $mnt/f1
xfs_io -c "reflink $mnt/f1 3239936 22573056 39350272" $mnt/f3
