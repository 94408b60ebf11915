# extsim conformance workload, gen.py seed 557
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 3207168 2957312 8k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc 7112700 32k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 6864896 48k" $mnt/f0
xfs_io -c "fpunch 2316912 476" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2686976 12k" -c "fdatasync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "truncate 8096234" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/g0
sync
xfs_io -c "dedupe $mnt/s1/g0 1638400 0 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 3641344 9622" $mnt/f0
xfs_io -c "falloc -k 2928640 36k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 6765076 1m" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 656k 11404" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 7774208 12k" $mnt/s1/g1
xfs_io -c "falloc 7266304 12109" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "fzero -k 2940928 8k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 6414336 1006" $mnt/f2
xfs_io -c "reflink $mnt/s1/f0 4247552 1458176 2910204" $mnt/f2
