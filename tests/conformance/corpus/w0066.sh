# extsim conformance workload, gen.py seed 66
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1961984 248k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
btrfs subvolume snapshot $mnt $mnt/s2
sync
xfs_io -c "reflink $mnt/s2/f0 844k 1335296 20k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 1343488 168k" $mnt/f0
xfs_io -c "pwrite 1738335 16k" $mnt/s2/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite 48k 216k" $mnt/s2/f0
rm $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x62 68k 20k" $mnt/s3/f0
xfs_io -c "truncate 1621952" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 364k 20k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/s3/f0 404k 32k 16k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 688k 868k 0" $mnt/s3/f0
xfs_io -c "dedupe $mnt/f0 244k 48k 8k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 932k 0 1265664" $mnt/s3/f0
chattr +C $mnt/f0
xfs_io -c "falloc -k 336k 48k" $mnt/s3/f0
xfs_io -c "dedupe $mnt/f0 420k 1400832 8k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s3/f0 1699840 24k 16k" $mnt/f0
sync
xfs_io -c "reflink $mnt/s3/f0 942748 2248704 24k" $mnt/s3/f0
md5sum $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 1601536 4m" $mnt/f0
touch $mnt/s2/g0
chattr +C $mnt/s2/g0
xfs_io -c "dedupe $mnt/f0 4513792 176k 28k" $mnt/s3/f0
