# extsim conformance workload, gen.py seed 361 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 11131026" $mnt/f0
xfs_io -c "dedupe $mnt/f0 428k 7839744 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1921024 0 9214098" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 20262912 48k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f1 17564619 6373376 80k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "dedupe $mnt/f0 2510848 36k 16k" $mnt/f0
xfs_io -c "falloc -k 1814184 9m" $mnt/f0
xfs_io -c "pwrite -S 0x62 6770688 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4403200 12210176 6230016" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 14684160 16m" -c "fsync" $mnt/f1
xfs_io -f -c "falloc 19797852 4m" $mnt/f2
md5sum $mnt/s1/f0
xfs_io -c "fzero -k 14751746 40k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 232k 24k" $mnt/f3
xfs_io -c "pwrite -S 0x61 20946944 24k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f0 6082560 1634304 28k" $mnt/f3
xfs_io -c "reflink $mnt/f2 21508096 13664256 8k" $mnt/f2
chattr +C $mnt/f0
chattr +C $mnt/f3
xfs_io -c "dedupe $mnt/f1 3575808 56k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 13697024 7659520 24k" $mnt/f1
xfs_io -c "pwrite -S 0x62 5742592 28k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 4849664 2m" $mnt/f0
rm $mnt/f0
xfs_io -c "fpunch 12079104 200k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f1 15134720 12722176 2723840" $mnt/f3
xfs_io -f -c "reflink $mnt/s1/f1 16498688 31m 1847296" $mnt/f0
xfs_io -c "falloc 2322432 10m" $mnt/f3
xfs_io -c "truncate 6095626" $mnt/f3
xfs_io -c "reflink $mnt/s1/f0 9494528 20230144 364k" $mnt/f1
xfs_io -c "pwrite 25601881 60k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 10960896 10952704 32k" $mnt/f0
xfs_io -c "falloc 1540096 152k" $mnt/f3
xfs_io -c "falloc -k 8904704 12m" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 10946298 3421043 44k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 3837952 11649024 6451200" $mnt/f2
xfs_io -c "reflink $mnt/f1 11288576 3514368 20185088" $mnt/f0
xfs_io -c "pwrite -S 0xcd 5189632 24k" $mnt/f3
xfs_io -c "reflink $mnt/f0 636k 8581120 30859264" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 10993664 20k" $mnt/f4
xfs_io -c "fpunch 5914624 236k" $mnt/f4
xfs_io -c "dedupe $mnt/f2 5677056 22482944 8k" $mnt/f1
xfs_io -f -c "pwrite 12730368 76k" $mnt/f4
xfs_io -f -c "pwrite -S 0xcd -b 1m 12185600 2m" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 16564224 15m" $mnt/f0
xfs_io -c "fzero 8122368 28k" $mnt/f4
xfs_io -c "pwrite -S 0x63 16307940 24k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 14953916 24k" $mnt/f1
xfs_io -c "falloc -k 3452034 10824" $mnt/f2
xfs_io -f -c "reflink $mnt/f3 5648384 10924032 380k" $mnt/f5
xfs_io -c "fzero -k 9739343 32k" $mnt/f1
xfs_io -c "dedupe $mnt/f5 6053888 16k 28k" $mnt/f0
chattr +C $mnt/f4
md5sum $mnt/f3
touch $mnt/f6
chattr +C $mnt/f6
xfs_io -f -c "pwrite 1277952 8463" $mnt/f4
xfs_io -c "pwrite -S 0x61 18076793 7417" $mnt/f0
