# extsim conformance workload, gen.py seed 6271 --drop-caches 0.08
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 6983680 204k" $mnt/sv/g0
xfs_io -c "falloc -k 1290240 1m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 930401 52k" -c "fdatasync" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 7462912 60k" $mnt/sv/g2
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 5640192 32k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x61 436k 36k" $mnt/sv/g2
xfs_io -c "falloc 3289088 3m" $mnt/sv/g0
sync
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0xcd 789193 48k" $mnt/sv/g1
sync
xfs_io -c "reflink $mnt/sv/g1 704k 292k 136k" $mnt/sv/g1
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0xcd 656k 4m" -c "fsync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g2 2428928 16k 28k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 2686976 6782976 2043904" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x61 664k 40k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 3272704 44k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g2 7208960 44k 32k" $mnt/sv/g0
xfs_io -c "falloc -k 8344135 60k" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 3969024 48k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 1118208 2m" $mnt/sv/g2
sync
xfs_io -f -c "pwrite -S 0x61 1736704 40k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc -k 6045696 12k" $mnt/sv/g0
xfs_io -c "falloc -k 3497984 24k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 2326528 60k" $mnt/sv/g1
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "dedupe $mnt/sv/g2 32k 24k 20k" $mnt/sv/g2
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/sv/g2 8081408 4644864 32k" $mnt/sv/g2
xfs_io -c "pwrite -S 0xcd 7716864 28k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x63 2367488 10094" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 1766105 40k" $mnt/sv/g2
xfs_io -c "fzero -k 5341184 148k" $mnt/sv/g1
rm $mnt/s1/g2
sync
xfs_io -r -c "fiemap -v" $mnt/s1/g1
xfs_io -c "fsync" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "truncate 4866048" $mnt/sv/g2
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x61 4841472 16k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 1363968 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 880k 240k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/sv/g2
xfs_io -c "pwrite 4382720 64k" $mnt/s1/g1
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 4358144 16k 28k" $mnt/sv/g0
xfs_io -c "falloc -k 3563520 7543" $mnt/s1/g1
xfs_io -c "falloc 3725768 16k" $mnt/s1/g1
xfs_io -c "fzero -k 356k 64k" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s3
