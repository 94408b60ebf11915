# extsim conformance workload, gen.py seed 295
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 1081344 4k" $mnt/f0
xfs_io -f -c "pwrite 1261568 32k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 248k 396k 1020k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 300k 24k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 368k 304k 484k" $mnt/f1
xfs_io -c "pwrite -S 0x61 616k 72k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 860k 3596" $mnt/f0
xfs_io -c "reflink $mnt/f0 1089536 180k 208k" $mnt/f0
xfs_io -c "falloc 1347584 32k" $mnt/f1
md5sum $mnt/f1
xfs_io -c "falloc -k 416k 56k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0" $mnt/f2
xfs_io -c "falloc 580k 56k" $mnt/f1
xfs_io -c "pwrite 304k 44k" $mnt/f1
xfs_io -c "pwrite -S 0x63 1314816 56k" -c "fsync" $mnt/f1
xfs_io -c "fpunch 452k 24k" $mnt/f2
xfs_io -c "reflink $mnt/f0 584k 828k 140k" $mnt/f0
xfs_io -c "pwrite -S 0x62 432k 6005" $mnt/f0
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x63 740k 148k" -c "fdatasync" $mnt/f1
xfs_io -c "fpunch 56k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1077248 48k" $mnt/f2
xfs_io -f -c "falloc 292k 60k" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 672k 256k" -c "fsync" $mnt/f3
xfs_io -c "truncate 2038189" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x61 260789 28k" $mnt/f4
xfs_io -f -c "reflink $mnt/f3 860k 480k 80k" $mnt/f5
xfs_io -c "dedupe $mnt/f0 548k 32k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1232896 16k" $mnt/f0
xfs_io -c "reflink $mnt/f4 64k 508k 228021" $mnt/f3
xfs_io -c "pwrite -S 0x63 618881 40k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 932k 228k" $mnt/f0
xfs_io -c "dedupe $mnt/f4 56k 28k 32k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 504k 40k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/f4 168k 0 16k" $mnt/f2
sync
