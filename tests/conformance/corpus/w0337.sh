# extsim conformance workload, gen.py seed 337
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1837605 248k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1221322 64k" $mnt/f0
xfs_io -f -c "pwrite 1161199 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 580k 1101824 1249280" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 1490944 1634304 540k" $mnt/f0
rm $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "truncate 289607" $mnt/f0
xfs_io -c "reflink $mnt/f0 60k 184k 240455" $mnt/f0
xfs_io -c "falloc 2043904 32k" $mnt/f0
xfs_io -c "truncate 2048000" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "reflink $mnt/f0 152k 1445888 1900544" $mnt/f0
sync
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 1m 640k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 145661 36k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 492k 1118208 0" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 496k 40k" $mnt/s2/g0
xfs_io -c "reflink $mnt/f0 672k 896k 196k" $mnt/f0
xfs_io -c "falloc 988k 204k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1519616 735" $mnt/s1/g0
xfs_io -c "fzero -k 1251328 1m" $mnt/f0
xfs_io -c "truncate 1089536" $mnt/f0
xfs_io -c "reflink $mnt/s3/f0 608k 1454080 1437696" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 744k 796k 248k" $mnt/s2/g0
xfs_io -f -c "pwrite 488671 40k" $mnt/s1/g1
xfs_io -c "truncate 120k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/f0 808k 0 24k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s3/f0 740k 916606 16k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 1359872 48k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 572k 3854" $mnt/f0
xfs_io -c "dedupe $mnt/s2/g0 48k 0 32k" $mnt/f0
xfs_io -c "dedupe $mnt/s3/f0 584k 20k 24k" $mnt/s2/g0
sync
sync
sync
