# extsim conformance workload, gen.py seed 480
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 -b 1m 388380 1m" -c "fsync" $mnt/f0
xfs_io -c "falloc -k 8k 56k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 1171456 0 269596" $mnt/f0
xfs_io -c "dedupe $mnt/f0 392k 412k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1167360 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 844k 824k 48k" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "pwrite 1251984 16k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1925120 36k" -c "fsync" $mnt/f1
xfs_io -c "fpunch 480k 64k" $mnt/f0
xfs_io -c "reflink $mnt/f1 144k 640k 1380352" $mnt/f0
xfs_io -c "reflink $mnt/f1 244k 1282048 228k" $mnt/f1
xfs_io -c "fpunch 1888256 76k" $mnt/f1
xfs_io -f -c "truncate 318120" $mnt/f2
xfs_io -f -c "reflink $mnt/f3 1245184 1261568 20k" $mnt/f3
xfs_io -c "falloc 668k 44k" $mnt/f3
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1628908 20k" $mnt/f4
xfs_io -c "reflink $mnt/f3" $mnt/f3
xfs_io -c "truncate 366500" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f1 332k 0 30628" $mnt/f3
btrfs subvolume snapshot $mnt $mnt/s2
chattr +C $mnt/s2/f4
sync
xfs_io -c "falloc 628k 24k" $mnt/s2/f3
xfs_io -c "dedupe $mnt/s2/f4 40k 120k 28k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/f4 232k 244k 28k" $mnt/s2/f2
md5sum $mnt/s3/f1
xfs_io -c "fzero -k 888k 228k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/s2/f1 16k 64k 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1531904 0 8k" $mnt/s2/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 1476941 1m" $mnt/s3/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 320k 1536000 1716224" $mnt/f2
xfs_io -c "pwrite -S 0x61 512k 136k" $mnt/f3
xfs_io -c "reflink $mnt/f3" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 692k 36k" -c "fsync" $mnt/f5
xfs_io -c "pwrite -S 0x62 564k 12k" $mnt/s2/f3
xfs_io -f -c "pwrite -S 0x62 320k 16k" -c "fdatasync" $mnt/s3/f1
touch $mnt/s2/g0
chattr +C $mnt/s2/g0
