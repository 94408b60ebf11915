# extsim conformance workload, gen.py seed 6254 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x61 7456369 28k" $mnt/f0
sync
xfs_io -c "pwrite 4698112 64k" -c "fsync" $mnt/f0
sync
sync
xfs_io -c "reflink $mnt/f0 2064384 2072576 4263936" $mnt/f0
xfs_io -c "reflink $mnt/f0 2248704 2867200 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 6328320 2158592 1020k" $mnt/f0
xfs_io -c "fzero -k 2523136 248k" $mnt/f0
xfs_io -c "falloc 1388544 192k" $mnt/f0
xfs_io -c "reflink $mnt/f0 340k 796k 3850240" $mnt/f0
xfs_io -c "pwrite -S 0x63 56k 136k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5611520 6844416 8k" $mnt/f0
xfs_io -c "fpunch 6946816 36k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "fzero 948k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 5932690 12k" $mnt/f1
xfs_io -c "pwrite -S 0x63 6039748 88k" $mnt/f0
xfs_io -c "falloc 2109440 5058" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2945024 72k" $mnt/f0
xfs_io -c "fpunch 1363968 28k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/f1 4796416 16k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2363392 10353" $mnt/f2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 7266304 32k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 2048000 2060288 16k" $mnt/f2
xfs_io -c "reflink $mnt/f2 2101248 2265088 280689" $mnt/f0
xfs_io -c "dedupe $mnt/f1 5275648 196k 4k" $mnt/f0
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 664k 144k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 6676480 8k" $mnt/f3
xfs_io -c "falloc -k 5406720 24k" $mnt/f3
xfs_io -c "falloc 2719744 32k" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 1167360 20k" $mnt/f2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "truncate 5169152" $mnt/f3
xfs_io -c "truncate 2322432" $mnt/f0
xfs_io -c "dedupe $mnt/f2 1974272 3031040 8k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 3907584 0 2041490" $mnt/f0
xfs_io -c "pwrite 1077248 7691" $mnt/f0
xfs_io -c "fdatasync" $mnt/f3
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f1 4726784 4722688 28k" $mnt/f1
xfs_io -c "truncate 900k" $mnt/f2
xfs_io -c "fpunch 1347584 48k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x63 2420736 2m" $mnt/f2
xfs_io -c "pwrite -S 0x61 1253376 28k" $mnt/f2
xfs_io -c "falloc -k 5484544 28k" $mnt/f1
xfs_io -c "pwrite -S 0x63 6316032 10556" -c "fdatasync" $mnt/f0
md5sum $mnt/f3
xfs_io -c "truncate 2297856" $mnt/f3
xfs_io -c "fdatasync" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f1
sync
xfs_io -c "falloc 1923359 4m" $mnt/f1
xfs_io -c "fzero -k 3600384 164k" $mnt/f3
xfs_io -c "reflink $mnt/f1 6316032 6299648 8k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1925120 624k 4395008" $mnt/f2
xfs_io -f -c "falloc 3331338 52k" $mnt/f4
xfs_io -c "pwrite -S 0xcd 3481600 12126" $mnt/f0
