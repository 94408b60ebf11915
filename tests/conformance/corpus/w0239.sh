# extsim conformance workload, gen.py seed 239 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 -b 1m 19034112 5m" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 844k 14m" $mnt/f0
xfs_io -c "pwrite -S 0xcd 7961480 9719" $mnt/f0
xfs_io -f -c "falloc 33271808 9m" $mnt/f1
xfs_io -c "falloc 26411008 16m" $mnt/f1
xfs_io -c "reflink $mnt/f1 17489920 15396864 12763136" $mnt/f0
xfs_io -c "pwrite -b 1m 10752000 1m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 4276224 6m" $mnt/f2
xfs_io -c "reflink $mnt/f2" $mnt/f1
xfs_io -c "reflink $mnt/f0 17395712 4386816 10772480" $mnt/f1
xfs_io -c "pwrite -S 0x62 13398016 52k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f2 7626752 5070848 32k" $mnt/f0
xfs_io -c "fpunch 13144064 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3334144 1654784 3915776" $mnt/f2
xfs_io -f -c "reflink $mnt/f2 9375744 15515648 48k" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "pwrite -S 0x61 -b 1m 4153344 7m" $mnt/f3
xfs_io -c "truncate 4091904" $mnt/f0
xfs_io -c "falloc 1872953 136k" $mnt/f0
xfs_io -c "falloc 2600960 1m" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f3 14983168 14049280 180k" $mnt/f3
xfs_io -c "fzero -k 5042176 48k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 5398528 15m" -c "fdatasync" $mnt/f2
xfs_io -c "fzero 4075520 80k" $mnt/f0
md5sum $mnt/f3
xfs_io -c "reflink $mnt/f1 5828608 260k 3526656" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 5038080 56k" $mnt/f3
xfs_io -f -c "falloc -k 33542153 100k" $mnt/f4
xfs_io -c "reflink $mnt/f0 728k 2396160 2514944" $mnt/f0
chattr +C $mnt/f1
xfs_io -c "dedupe $mnt/f2 8515584 8523776 32k" $mnt/f2
