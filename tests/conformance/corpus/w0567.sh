# extsim conformance workload, gen.py seed 567
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 2723840 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2256896 0 8k" $mnt/f0
xfs_io -c "fpunch 1816330 10505" $mnt/f0
xfs_io -f -c "falloc 1703936 48k" $mnt/f1
sync
xfs_io -c "fzero -k 6700051 1029" $mnt/f1
md5sum $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x61 1212416 6847" $mnt/f1
xfs_io -c "fsync" $mnt/f1
sync
xfs_io -c "reflink $mnt/f1 764k 1093632 544k" $mnt/f1
xfs_io -c "falloc 1426612 28k" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "pwrite 648k 2m" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 2519040 80k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f1 1863680 6594560 616k" $mnt/f0
xfs_io -c "pwrite -S 0x62 4608000 28k" $mnt/s1/f2
xfs_io -c "fpunch 1122304 24k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 1609728 56k" -c "fdatasync" $mnt/f0
sync
sync
xfs_io -c "pwrite -S 0x62 2351104 6163" -c "fdatasync" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 5320704 24k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 1101824 48k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x62 2162688 2201" $mnt/f2
chattr +C $mnt/f1
xfs_io -c "dedupe $mnt/s1/f2 2633728 1671168 16k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f2 460k 12k 12k" $mnt/f0
xfs_io -c "falloc -k 4714496 12k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/s1/f2 1257472 3887104 1814528" $mnt/s1/f1
xfs_io -f -c "reflink $mnt/s1/f0 488k 4280320 2240512" $mnt/s1/g1
