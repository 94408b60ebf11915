# extsim conformance workload, gen.py seed 78 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
sync
sync
sync
touch $mnt/f0
chattr +C $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "truncate 12464128" $mnt/f0
md5sum $mnt/s1/f0
xfs_io -c "fpunch 1697654 36k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0xcd 5562368 16k" $mnt/s2/f0
xfs_io -c "truncate 6279168" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3330048 0 2953216" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 29765632 1m" $mnt/f1
xfs_io -c "reflink $mnt/f1 26550272 14352384 4272128" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 2469888 10m" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 444k 52k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 0 32313344 4k" $mnt/s2/f0
xfs_io -c "fpunch 22663168 64k" $mnt/f1
xfs_io -c "reflink $mnt/f1 21757952 12906496 1249280" $mnt/s2/f0
xfs_io -c "reflink $mnt/f1 22323200 548k 8499200" $mnt/f0
xfs_io -c "fpunch 21217280 36k" $mnt/f1
xfs_io -c "reflink $mnt/s2/f0 3629056 21147648 4935680" $mnt/f1
xfs_io -f -c "pwrite 23506944 32k" $mnt/f1
xfs_io -c "pwrite -S 0x61 3427806 40k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 -b 1m 10063872 9m" $mnt/s2/f0
md5sum $mnt/s2/f0
xfs_io -c "reflink $mnt/f1 19558400 5943296 620k" $mnt/s2/f0
xfs_io -c "fpunch 6934528 48k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/f0 4411392 31891456 6561792" $mnt/f0
xfs_io -c "falloc 4526080 16m" $mnt/s2/f0
xfs_io -f -c "truncate 21911899" $mnt/s2/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f0 16539648 9535488 16k" $mnt/s2/f0
xfs_io -c "falloc 12484608 52k" $mnt/s2/f0
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "reflink $mnt/s3/f0 33509376 30605312 416k" $mnt/f1
sync
xfs_io -c "truncate 10952704" $mnt/s2/g0
xfs_io -c "falloc 26701824 4k" $mnt/f0
