# extsim conformance workload, gen.py seed 273
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 168k 64k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 329842 48k" $mnt/f0
xfs_io -c "pwrite -S 0x61 36k 6861" $mnt/s1/f0
xfs_io -f -c "falloc -k 948k 48k" $mnt/f1
xfs_io -f -c "reflink $mnt/s1/f0 8k 740k 8k" $mnt/f2
xfs_io -c "reflink $mnt/f2 244k 292k 220k" $mnt/f0
xfs_io -c "pwrite -S 0x63 800k 20k" $mnt/f1
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f2 244k 0 380k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 8k 16k" -c "fsync" $mnt/s1/f0
rm $mnt/f0
xfs_io -c "pwrite -S 0x63 576k 52k" $mnt/f1
xfs_io -c "pwrite -S 0x61 4k 112k" $mnt/s1/f0
xfs_io -c "fzero 168k 40k" $mnt/f1
xfs_io -c "fsync" $mnt/f2
xfs_io -c "dedupe $mnt/f2 560k 564k 20k" $mnt/f2
xfs_io -c "falloc -k 432k 148k" $mnt/f1
xfs_io -c "pwrite 396k 96k" -c "fsync" $mnt/f2
chattr +C $mnt/f1
md5sum $mnt/s1/f0
xfs_io -c "falloc 32k 10135" $mnt/s1/f0
xfs_io -c "truncate 448k" $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x62 872k 32k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 342369 10511" $mnt/s1/g1
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc 56k 3169" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 848k 48k" $mnt/s1/g0
xfs_io -f -c "pwrite 220k 24k" $mnt/s1/g0
rm -f $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 76k 0 44k" $mnt/f1
xfs_io -c "falloc -k 44k 28k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 176k 1m" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 148k 880k 484k" $mnt/f0
xfs_io -c "truncate 111684" $mnt/f0
