# extsim conformance workload, gen.py seed 564 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 -b 1m 6008832 8m" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 8605696 6053888 24k" $mnt/f0
xfs_io -c "falloc -k 11608821 2m" $mnt/f0
xfs_io -c "truncate 7473776" $mnt/f0
sync
sync
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x63 4976640 48k" $mnt/f0
xfs_io -c "truncate 5658331" $mnt/f0
xfs_io -c "fzero -k 740k 40k" $mnt/f0
xfs_io -c "falloc 1777664 236k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fzero -k 300k 56k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 868k 1391451 12k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 764k 60k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 3321856 15m" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 1609728 0 32k" $mnt/s1/f0
xfs_io -f -c "pwrite 20467568 48k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 8015872 33013760 10027008" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/g0 14491648 12726272 52k" $mnt/s1/g0
xfs_io -c "falloc 352k 13m" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 3440640 17346560 1409024" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/f0 22450176 1495040 4k" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/s1/g0
rm -f $mnt/f0
xfs_io -c "falloc 20320256 52k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 19005440 20k" -c "fsync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 17948672 64k 4k" $mnt/s1/f0
xfs_io -c "fpunch 7086080 4k" $mnt/s1/f0
xfs_io -c "falloc 34312192 28k" $mnt/s1/f0
xfs_io -f -c "truncate 18727657" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 6049792 16936960 11780096" $mnt/s1/f0
xfs_io -c "falloc 6297754 8m" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
rm $mnt/s2/f0
xfs_io -f -c "reflink $mnt/f0 8085504 33341440 9248768" $mnt/f1
xfs_io -c "pwrite -S 0x61 15548416 8k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 31731712 64k 8k" $mnt/f0
xfs_io -c "reflink $mnt/f1 19767296 22962176 9777152" $mnt/s1/g0
xfs_io -c "fpunch 37257216 228k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite 31844379 1550" -c "fdatasync" $mnt/f0
