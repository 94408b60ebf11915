# extsim conformance workload, gen.py seed 6235 --drop-caches 0.08 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 17371136 13516800 16k" $mnt/f0
xfs_io -f -c "pwrite 30314496 3m" $mnt/f1
xfs_io -c "reflink $mnt/f0" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 12521472 9m" $mnt/f0
xfs_io -c "reflink $mnt/f0 4796416 13475840 0" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 18489344 2096" $mnt/f2
xfs_io -c "dedupe $mnt/f0 8114531 32145408 180k" $mnt/f0
xfs_io -f -c "reflink $mnt/f2 208k 21254144 13320192" $mnt/f3
xfs_io -c "reflink $mnt/f0 760k 20451328 14352384" $mnt/f3
xfs_io -c "reflink $mnt/f1 4366336 3780608 7344128" $mnt/f3
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x61 -b 1m 17473536 8m" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "truncate 7794688" $mnt/s1/f3
xfs_io -c "fpunch 33062912 32k" $mnt/s1/f2
sync
xfs_io -c "dedupe $mnt/f2 3579904 4386816 8k" $mnt/f3
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/s1/f1
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 137157 112k" $mnt/s1/f0
md5sum $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x63 18161664 12k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f1 3973120 31436800 26673152" $mnt/s1/f1
xfs_io -c "truncate 13934592" $mnt/f2
xfs_io -c "falloc -k 7102464 16k" $mnt/s1/f3
xfs_io -c "truncate 22106112" $mnt/s1/f1
rm $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0xcd -b 1m 23953408 12m" $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 6762496 28k" $mnt/s1/f2
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x62 32092167 52k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0xcd 10412032 112k" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/s2/f0 26480640 0 10059776" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f1 29577216 0 2572295" $mnt/f2
xfs_io -c "pwrite -S 0xcd -b 1m 15937536 12m" $mnt/s1/f2
xfs_io -c "pwrite 7606272 256k" -c "fsync" $mnt/s1/f2
xfs_io -c "truncate 31432704" $mnt/f3
xfs_io -c "pwrite -S 0x62 -b 1m 21729280 14m" $mnt/s1/f1
xfs_io -f -c "falloc -k 33210368 60k" $mnt/s2/g0
md5sum $mnt/s2/f3
xfs_io -f -c "truncate 26464256" $mnt/s2/g1
xfs_io -f -c "pwrite -S 0x63 -b 1m 28585984 4m" $mnt/s2/f0
xfs_io -c "pwrite 8957952 212k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x63 28073984 12k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 360k 24272896 16867328" $mnt/s1/f0
xfs_io -c "falloc 28303360 3m" $mnt/s2/f3
xfs_io -c "reflink $mnt/s2/f0 10055680 10055680 16k" $mnt/s2/f0
xfs_io -c "dedupe $mnt/f0 27459584 4624384 28k" $mnt/s2/f3
xfs_io -f -c "pwrite -S 0x63 -b 1m 10231808 12m" $mnt/s1/g0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 19619840 4m" $mnt/s1/f2
xfs_io -f -c "reflink $mnt/s1/f1 27693056 21114880 796k" $mnt/f4
sync
xfs_io -c "fdatasync" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f2 4632576 8k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f4 5046272 5435392 6656000" $mnt/f4
xfs_io -f -c "reflink $mnt/f1 488k 20566016 6725632" $mnt/s2/g2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 24039424 28k" $mnt/s2/g2
xfs_io -c "fsync" $mnt/s2/g2
