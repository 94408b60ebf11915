# extsim conformance workload, gen.py seed 81
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 2494464 220k" $mnt/f0
xfs_io -c "falloc -k 318466 24k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite 1881899 11729" $mnt/f0
xfs_io -c "dedupe $mnt/f0 252k 52k 8k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 752k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x62 144k 68k" $mnt/f0
xfs_io -c "falloc 108k 64k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/f1 0 6778880 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 680k 4284416 1507328" $mnt/f0
xfs_io -c "falloc 592188 48k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite 1818624 144k" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite 2224128 8k" $mnt/f2
xfs_io -c "reflink $mnt/f0 352k 7368704 1581056" $mnt/f2
xfs_io -c "reflink $mnt/f0 3825664 2596864 1585152" $mnt/f0
rm -f $mnt/f1
sync
xfs_io -c "pwrite -S 0xcd 1228800 124k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2803071 8k" $mnt/f2
xfs_io -c "truncate 2859557" $mnt/f0
xfs_io -c "pwrite -S 0x63 404k 24k" $mnt/f0
xfs_io -c "truncate 852k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 5492736 64k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 5074944 52k 28k" $mnt/f0
xfs_io -c "truncate 344k" $mnt/f0
md5sum $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f2
sync
xfs_io -c "falloc 104601 44k" $mnt/f0
xfs_io -c "pwrite -S 0x61 452k 120k" -c "fdatasync" $mnt/f1
xfs_io -c "dedupe $mnt/f2 456k 3518464 12k" $mnt/f1
xfs_io -c "pwrite -S 0x61 524473 4k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "reflink $mnt/f0 56k 1998848 296k" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 88k 944k 104k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 -b 1m 2297856 1m" -c "fsync" $mnt/s1/f1
xfs_io -c "truncate 1961984" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f0 244k 12k 8k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f1 1159168 1142784 28k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 5279744 56k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f0 188k 144k 20k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f2 12k 668k 272k" $mnt/s1/g0
xfs_io -c "falloc -k 420k 12k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/g0 948k 4k 28k" $mnt/f0
xfs_io -c "truncate 748k" $mnt/s1/f2
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -f -c "reflink $mnt/f3 3137536 4091904 12k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 96k 100k" $mnt/s1/g0
xfs_io -c "truncate 3448832" $mnt/f1
xfs_io -c "falloc 5107712 40k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f2 1695744 0 4k" $mnt/s1/f1
