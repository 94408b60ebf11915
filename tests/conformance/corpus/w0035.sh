# extsim conformance workload, gen.py seed 35
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 0 4595712 4k" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 1617920 4k" $mnt/sv/g0
xfs_io -f -c "falloc -k 2752512 48k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2179072 192k" $mnt/f0
xfs_io -c "falloc 1921024 16k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 28k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1588018 20k" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/sv/g0 808k 2187264 24k" $mnt/f0
xfs_io -c "fpunch 1016k 8952" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 6376997 60k" $mnt/f1
xfs_io -c "fpunch 2715648 11760" $mnt/sv/g0
xfs_io -c "falloc 3891200 9957" $mnt/f1
chattr +C $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s2
sync
xfs_io -c "reflink $mnt/f1 1744896 1921024 4705829" $mnt/f1
xfs_io -c "truncate 3698688" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1499136 0 860k" $mnt/sv/g0
rm $mnt/s2/f1
xfs_io -c "falloc -k 2287440 40k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 856k 176k" $mnt/sv/g0
rm $mnt/f1
xfs_io -c "reflink $mnt/s2/f0 460k 712k 60k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 5857280 5857280 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 92k 124k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/s2/f0
xfs_io -c "falloc 796k 64k" $mnt/s2/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 1560576" $mnt/sv/g0
xfs_io -c "falloc -k 1232896 40k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/f0 1720320 96k 32k" $mnt/f0
xfs_io -c "fpunch 6221824 24k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x61 6529024 28k" -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd 280k 4k" $mnt/sv/g0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 1004k 5238784 1m" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 6135808 28k" -c "fsync" $mnt/sv/g2
umount $mnt
mount $dev $mnt
md5sum $mnt/s2/f0
xfs_io -c "fpunch 278357 7575" $mnt/sv/g0
xfs_io -c "falloc 8179712 36k" $mnt/f0
xfs_io -f -c "pwrite 6938624 48k" $mnt/s2/g0
xfs_io -c "falloc 176k 220k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 180k 0 28k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g2 1179648 1847296 4988928" $mnt/s2/f0
sync
xfs_io -f -c "falloc -k 4169728 52k" $mnt/f1
xfs_io -c "reflink $mnt/s2/f0 320k 2691072 2060288" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 2191360 24k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x61 6537216 36k" -c "fdatasync" $mnt/s1/g0
btrfs subvolume snapshot $mnt/sv $mnt/s3
xfs_io -c "reflink $mnt/f0 7290880 1605632 908k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 3809280 11462" -c "fsync" $mnt/s3/g2
