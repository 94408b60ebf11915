# extsim conformance workload, gen.py seed 455 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 9270801 108k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 5378048 4m" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 23588864 16m" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 668k 48k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 25591808 40k" $mnt/sv/g0
xfs_io -c "fpunch 24370225 52k" $mnt/sv/g0
xfs_io -c "falloc 38395904 10094" $mnt/sv/g0
xfs_io -c "fpunch 32k 44k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 4009984 9m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 4386816 1m" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 21028864 12k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 39460864 16k" $mnt/sv/g0
xfs_io -c "pwrite 10428416 248k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 6127616 8m" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 7196672 14098432 4755456" $mnt/f0
xfs_io -c "pwrite -b 1m 9515008 1m" $mnt/sv/g0
sync
xfs_io -f -c "pwrite -S 0xcd -b 1m 5496832 6m" $mnt/f1
xfs_io -c "pwrite -S 0xcd 22466560 5350" $mnt/sv/g0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0xcd -b 1m 31911936 2m" $mnt/sv/g0
sync
xfs_io -f -c "falloc 27734016 60k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 5734400 8821" $mnt/f1
xfs_io -c "dedupe $mnt/f1 10502144 4022272 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 15908864 0 2949120" $mnt/f0
xfs_io -c "truncate 34835495" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 2310144 27729920 12652544" $mnt/sv/g0
xfs_io -c "falloc -k 2088294 44k" $mnt/f2
xfs_io -c "pwrite -S 0x62 -b 1m 5255168 9m" $mnt/f2
xfs_io -c "dedupe $mnt/sv/g0 14835712 0 25550848" $mnt/f1
xfs_io -c "dedupe $mnt/f2 7262208 7262208 12k" $mnt/f2
xfs_io -c "reflink $mnt/f1 10489856 14372864 236k" $mnt/f2
xfs_io -c "pwrite -S 0x61 -b 1m 5566464 8m" $mnt/sv/g0
xfs_io -c "falloc 16748544 16m" $mnt/f2
xfs_io -c "falloc 340k 1m" $mnt/f1
chattr +C $mnt/f2
xfs_io -c "reflink $mnt/f2 24846336 7041024 996k" $mnt/f1
chattr +C $mnt/f2
xfs_io -f -c "pwrite -S 0xcd -b 1m 12894208 12m" $mnt/sv/g1
xfs_io -c "reflink $mnt/f1 4947968 11317248 6848512" $mnt/f2
xfs_io -f -c "reflink $mnt/sv/g1 21291008 14598144 3239936" $mnt/f3
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "fsync" $mnt/f0
md5sum $mnt/sv/g1
xfs_io -c "falloc 4073824 92k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 6328320 6012928 8k" $mnt/f1
xfs_io -c "dedupe $mnt/f3 9789440 9789440 20k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 8547259 7169" $mnt/f1
xfs_io -c "reflink $mnt/f3 1658880 1609728 10428416" $mnt/f2
xfs_io -c "falloc 26748204 12k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 9310208 3338" $mnt/f0
xfs_io -f -c "pwrite -b 1m 9064448 15m" -c "fdatasync" $mnt/f3
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 29134848 56k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 20177209 108k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 4714496 16k" $mnt/f2
xfs_io -c "dedupe $mnt/sv/g0 29933568 32k 24k" $mnt/f0
xfs_io -c "falloc -k 9306112 2m" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 -b 1m 15517323 3m" $mnt/sv/g2
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -f -c "reflink $mnt/sv/g0 12091392 16326656 28299264" $mnt/sv/g3
xfs_io -f -c "pwrite -S 0x62 -b 1m 22462464 5m" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 13795328 52k" $mnt/f3
xfs_io -c "pwrite -S 0x62 11792384 112k" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd 20938752 32k" $mnt/f2
xfs_io -c "pwrite -S 0x61 5115904 76k" -c "fsync" $mnt/sv/g1
