# extsim conformance workload, gen.py seed 485 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 33390592 32k" $mnt/f0
xfs_io -f -c "pwrite 27697152 12k" -c "fdatasync" $mnt/f1
xfs_io -c "fpunch 10501633 44k" $mnt/f0
xfs_io -c "reflink $mnt/f0 29216768 18644992 728k" $mnt/f0
rm $mnt/f1
xfs_io -f -c "pwrite -S 0x61 13056706 28k" $mnt/f1
xfs_io -c "fzero 4410378 48k" $mnt/f1
md5sum $mnt/f1
xfs_io -c "pwrite -S 0x62 6242304 40k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 10756096 32k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 31379456 21733376 12k" $mnt/f0
xfs_io -c "fzero 32792576 1691" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 7151616 5m" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 6717440 5m" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 7852032" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 8409088 92k" $mnt/f1
xfs_io -c "pwrite -b 1m 3317760 11m" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x62 13049856 24k" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 7770112 8m" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 12256188 124k" $mnt/f1
xfs_io -c "pwrite 5758976 44k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f1 6881280 4182016 148k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f1
xfs_io -c "falloc 3051520 12k" $mnt/f1
chattr +C $mnt/f1
sync
xfs_io -c "fpunch 7251192 12k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f1 12083200 9846784 2166784" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 1167360 2m" -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 960k 11m" $mnt/s1/f0
