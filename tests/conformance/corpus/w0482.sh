# extsim conformance workload, gen.py seed 482
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
sync
umount $mnt
mount $dev $mnt
xfs_io -f -c "falloc 3801088 48k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1773568 1437696 892k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 2752512 64k 20k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 2920448 44k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 1720320 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1638400 6012928 120k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1581056 3977216 1138688" $mnt/f1
xfs_io -c "dedupe $mnt/f1 5111808 0 1004k" $mnt/f1
xfs_io -c "reflink $mnt/f1 4218880 1445888 228k" $mnt/f0
xfs_io -c "pwrite -S 0x62 356k 48k" -c "fdatasync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 2846720 4k 8k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f1 3932160 880k 468k" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 2101248 2744320 2125824" $mnt/f2
xfs_io -c "fzero -k 6774784 32k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 580k 0 32k" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "fpunch 2756608 112k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 144k 1110016 1642496" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1191936 188k" $mnt/f2
xfs_io -c "pwrite -S 0x61 8308612 16k" $mnt/f1
xfs_io -c "falloc 4628480 232k" $mnt/f1
xfs_io -f -c "reflink $mnt/s1/f1 5468160 4653056 40k" $mnt/f3
rm -f $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x61 4325376 4k" -c "fdatasync" $mnt/f4
xfs_io -f -c "truncate 4427776" $mnt/f5
xfs_io -c "reflink $mnt/f4 2068480 2949120 2265088" $mnt/f2
xfs_io -c "falloc -k 1915777 40k" $mnt/f4
xfs_io -c "falloc 5607424 100k" $mnt/f5
touch $mnt/f6
chattr +C $mnt/f6
xfs_io -c "falloc 504k 12k" $mnt/f0
xfs_io -c "falloc 1622016 32k" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f1 4034560 48k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f1 6541312 2715648 64k" $mnt/f3
xfs_io -c "dedupe $mnt/f3 2469888 3764224 20k" $mnt/f4
xfs_io -c "falloc 2310144 16k" $mnt/f5
xfs_io -f -c "pwrite -S 0x61 5595136 52k" -c "fdatasync" $mnt/f7
xfs_io -c "fpunch 5709824 4k" $mnt/f5
xfs_io -c "pwrite -S 0x62 3375104 212k" $mnt/f7
xfs_io -c "dedupe $mnt/f4 2637824 56k 24k" $mnt/f0
xfs_io -c "falloc -k 5337088 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f7 5390336 0 24k" $mnt/f2
xfs_io -c "dedupe $mnt/f5 3719168 20k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 4038656 20k" $mnt/f0
xfs_io -c "falloc 3956736 24k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 904k 116k" $mnt/f6
xfs_io -c "fpunch 4296704 16k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 5894144 5091328 244k" $mnt/f7
xfs_io -f -c "pwrite -S 0x63 5980160 64k" -c "fsync" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 7019580 4k" -c "fsync" $mnt/f1
