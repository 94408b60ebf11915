# extsim conformance workload, gen.py seed 443 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 -b 1m 7954432 15m" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 12029952 27807744 11083776" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 30191616 20963328 0" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 344k 8m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "falloc -k 38174720 44k" $mnt/sv/g0
xfs_io -c "truncate 27295744" $mnt/f0
sync
xfs_io -r -c "fiemap -v" $mnt/sv/g0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -f -c "pwrite -S 0x63 23322624 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 268k 17170432 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 9973760 6905856 17334272" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 10094783 52k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 -b 1m 7213056 6m" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 26746711 96k" $mnt/f1
rm $mnt/sv/g0
rm $mnt/sv/g1
xfs_io -c "dedupe $mnt/s1/g0 6529024 40k 4k" $mnt/f0
xfs_io -c "truncate 33607680" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 18147261 31920128 4m" $mnt/s1/g0
xfs_io -c "falloc -k 5619712 9m" $mnt/f1
xfs_io -c "fpunch 24911872 12k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 15343616 0 11505495" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 19480576 8769536 4k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fpunch 9433088 12k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 24207360 2m" $mnt/s2/f0
xfs_io -f -c "reflink $mnt/f0 21934080 31399936 0" $mnt/sv/g0
sync
xfs_io -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/s2/f1 13578240 8032256 4k" $mnt/f0
xfs_io -f -c "reflink $mnt/s2/f1 16580608 24334336 2711552" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 -b 1m 14069760 2m" $mnt/s2/f0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 21573632 1851392 3m" $mnt/sv/g0
xfs_io -c "truncate 25982890" $mnt/s1/g0
xfs_io -c "falloc -k 6344704 14m" $mnt/s2/f1
xfs_io -c "fpunch 2846720 9815" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 3256320 7m" $mnt/s2/f1
xfs_io -c "pwrite -S 0x62 16392696 48k" $mnt/s1/g0
xfs_io -c "truncate 1540096" $mnt/sv/g0
xfs_io -f -c "pwrite -b 1m 12910592 15m" -c "fsync" $mnt/s2/f1
xfs_io -c "pwrite -S 0x63 23896064 52k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/g0 11919360 0 15130624" $mnt/f1
xfs_io -c "dedupe $mnt/f0 16687104 8380416 8k" $mnt/f0
chattr +C $mnt/sv/g0
xfs_io -c "dedupe $mnt/s1/g0 23670784 23674880 8k" $mnt/s1/g0
xfs_io -c "falloc -k 1703936 16k" $mnt/s2/f0
xfs_io -c "falloc -k 18108416 28k" $mnt/s2/f0
xfs_io -c "pwrite 3674112 164k" $mnt/s2/f0
md5sum $mnt/f1
xfs_io -c "fpunch 8306688 48k" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 8429568 9m" $mnt/s2/f1
xfs_io -c "pwrite -b 1m 7512064 2m" $mnt/s2/g0
xfs_io -c "reflink $mnt/f1 2494464 2498560 8k" $mnt/f1
xfs_io -c "fpunch 2404352 156k" $mnt/s2/g0
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/f1 5554176 19472384 12255232" $mnt/s2/f1
xfs_io -c "pwrite -S 0x61 23752704 48k" -c "fdatasync" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 24739840 13m" $mnt/f0
sync
rm -f $mnt/f0
xfs_io -f -c "reflink $mnt/sv/g0 480k 9895936 696k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 27852800 48k" $mnt/s2/g0
xfs_io -c "pwrite 2510848 64k" $mnt/sv/g1
xfs_io -c "pwrite -b 1m 13709312 11m" $mnt/sv/g0
xfs_io -c "falloc -k 2158592 14m" $mnt/s1/g0
sync
xfs_io -f -c "falloc -k 23921091 8m" $mnt/f0
xfs_io -f -c "reflink $mnt/s2/f0 26275840 11481088 436k" $mnt/sv/g2
