# extsim conformance workload, gen.py seed 401 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 21434368" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
sync
md5sum $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "reflink $mnt/f0" $mnt/f1
xfs_io -c "pwrite -S 0xcd 15675392 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fpunch 20013056 64k" $mnt/f1
xfs_io -c "fpunch 3473408 10901" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "dedupe $mnt/f0 20643840 0 776k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 3833856 60k" $mnt/f3
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 32821248 72k" -c "fsync" $mnt/f2
xfs_io -f -c "reflink $mnt/f3 3612672 1732608 128k" $mnt/f4
xfs_io -c "fzero -k 84k 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 120k 4m" $mnt/f2
xfs_io -c "truncate 1538333" $mnt/f3
xfs_io -c "fpunch 1851392 12k" $mnt/f4
xfs_io -c "fpunch 986327 9618" $mnt/f3
xfs_io -c "fpunch 13979648 36k" $mnt/f1
xfs_io -c "falloc 10766355 10m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 11358208 3m" $mnt/f5
xfs_io -c "truncate 22331392" $mnt/f2
xfs_io -c "pwrite -b 1m 4595712 2m" $mnt/f5
sync
xfs_io -c "fsync" $mnt/f4
xfs_io -c "fpunch 656k 24k" $mnt/f5
xfs_io -f -c "pwrite -S 0x61 27291648 52k" $mnt/f6
xfs_io -c "falloc 1650688 4k" $mnt/f4
xfs_io -c "reflink $mnt/f1 7426048 14417920 14012416" $mnt/f0
xfs_io -c "reflink $mnt/f4 548k 444k 1314816" $mnt/f3
xfs_io -c "dedupe $mnt/f4 508k 0 1347584" $mnt/f1
rm -f $mnt/f2
xfs_io -c "fpunch 18374656 16k" $mnt/f1
xfs_io -f -c "truncate 12558336" $mnt/f2
xfs_io -c "falloc -k 2859008 16m" $mnt/f5
xfs_io -c "truncate 228k" $mnt/f3
xfs_io -c "pwrite -S 0x63 -b 1m 10391552 1m" $mnt/f1
xfs_io -c "truncate 12m" $mnt/f6
xfs_io -c "dedupe $mnt/f4 508k 0 1347584" $mnt/f6
xfs_io -f -c "pwrite -S 0x63 12996608 40k" $mnt/f7
xfs_io -c "pwrite -S 0x63 27371870 196k" $mnt/f4
xfs_io -c "reflink $mnt/f4 22519808 7589888 28k" $mnt/f5
xfs_io -c "fsync" $mnt/f2
xfs_io -c "pwrite 14458680 56k" $mnt/f0
xfs_io -c "reflink $mnt/f7 13275899 3354624 24k" $mnt/f2
xfs_io -c "pwrite -S 0x61 -b 1m 20728095 4m" $mnt/f6
xfs_io -c "truncate 795699" $mnt/f6
xfs_io -c "dedupe $mnt/f7 11935744 40k 28k" $mnt/f0
xfs_io -c "fpunch 10530816 28k" $mnt/f1
xfs_io -c "dedupe $mnt/f3 2322432 12791539 40k" $mnt/f7
xfs_io -c "pwrite -S 0x61 200k 52k" $mnt/f3
xfs_io -c "pwrite 15323136 4k" $mnt/f0
xfs_io -c "falloc -k 6959104 168k" $mnt/f0
xfs_io -c "reflink $mnt/f0 56k 21471232 1642496" $mnt/f5
