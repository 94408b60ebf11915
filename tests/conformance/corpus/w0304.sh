# extsim conformance workload, gen.py seed 304 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x62 -b 1m 5816320 5m" $mnt/f0
xfs_io -c "reflink $mnt/f0 10043392 10096640 472k" $mnt/f0
xfs_io -c "truncate 6410240" $mnt/f0
xfs_io -c "pwrite -S 0x63 6160384 11983" $mnt/f0
xfs_io -c "truncate 1524612" $mnt/f0
md5sum $mnt/f0
xfs_io -c "falloc -k 912k 1m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 972k 10m" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 576k 16k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1069056 136k" -c "fsync" $mnt/f0
xfs_io -c "falloc -k 6324224 20k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 8196096 15m" $mnt/f0
sync
xfs_io -f -c "reflink $mnt/f0" $mnt/f1
xfs_io -c "falloc 8814592 32k" $mnt/f1
xfs_io -c "pwrite 22192128 92k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0" $mnt/s1/g0
xfs_io -c "falloc 23363584 8720" $mnt/s1/g0
xfs_io -c "fpunch 14188544 8k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 7168000 20k" $mnt/s1/g0
xfs_io -c "pwrite 9353463 12k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 3149824 44k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/f0 15908864 8204288 28k" $mnt/f0
chattr +C $mnt/s1/g0
xfs_io -c "falloc 26467538 16k" $mnt/f0
xfs_io -c "truncate 25350144" $mnt/f0
xfs_io -c "falloc -k 18082388 60k" $mnt/f1
xfs_io -c "falloc -k 15200256 44k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2732800 28k" -c "fdatasync" $mnt/s1/g0
