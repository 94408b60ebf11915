# extsim conformance workload, gen.py seed 479
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 2628703 112k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 24k 20k 12k" $mnt/f0
xfs_io -f -c "falloc 4919296 168k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1437696 0 1309791" $mnt/f1
rm -f $mnt/f0
xfs_io -c "pwrite -S 0x61 4161536 8k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 2392527 156k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 2449408 0 2646016" $mnt/f1
xfs_io -c "pwrite -S 0x61 4116480 56k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "falloc -k 2637824 24k" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0xcd 3231744 11077" $mnt/f0
xfs_io -c "pwrite -S 0x62 3710976 40k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 1671168 68k" $mnt/f1
xfs_io -c "pwrite -S 0x61 103217 20k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 1883033 24k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2777088 1116" $mnt/f1
xfs_io -c "falloc 2416737 168k" $mnt/f1
xfs_io -c "reflink $mnt/f1 3764224 4374528 1335296" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2285568 196k" $mnt/f0
md5sum $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
chattr +C $mnt/f0
xfs_io -c "falloc 2465792 52k" $mnt/f0
md5sum $mnt/s1/f2
xfs_io -c "truncate 1493462" $mnt/s1/f2
xfs_io -c "pwrite -S 0x61 2736128 20k" $mnt/s1/f0
rm $mnt/f2
xfs_io -c "falloc -k 2848288 44k" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 4694016 72k" -c "fsync" $mnt/s1/f1
sync
xfs_io -c "dedupe $mnt/s1/f1 4550656 64k 8k" $mnt/f0
umount $mnt
mount $dev $mnt
md5sum $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
chattr +C $mnt/s2/f0
xfs_io -c "truncate 2514944" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s1/f2 1105920 1101824 16k" $mnt/s1/f2
xfs_io -c "fsync" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0x63 2306048 124k" -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x62 1429504 7940" $mnt/s1/f2
xfs_io -c "pwrite -S 0x62 80k 4m" -c "fsync" $mnt/s1/f2
xfs_io -c "reflink $mnt/s2/f1 3235840 4136960 1736704" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0x61 816k 192k" -c "fdatasync" $mnt/s2/f1
xfs_io -c "reflink $mnt/s3/f0 3022848 3772416 224069" $mnt/s1/f1
sync
xfs_io -f -c "truncate 7979008" $mnt/s3/g0
xfs_io -c "pwrite 2429491 11023" -c "fdatasync" $mnt/s3/f0
xfs_io -f -c "pwrite -S 0x63 3141632 188k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x61 3117056 36k" $mnt/s3/f0
xfs_io -c "fpunch 2281472 40k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f1 4644864 4k 12k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 1118208 2211840 1298432" $mnt/f0
xfs_io -c "dedupe $mnt/f1 1986560 0 20k" $mnt/s2/f1
xfs_io -c "reflink $mnt/s3/g0 5935104 1880064 0" $mnt/s3/f1
xfs_io -c "pwrite -S 0x63 2445312 24k" $mnt/s3/f1
xfs_io -c "falloc -k 1739246 52k" $mnt/s3/f1
xfs_io -c "fdatasync" $mnt/s3/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/s3/g0 6139904 0 28k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s3/f0 1519616 7548928 904k" $mnt/s3/g0
xfs_io -f -c "reflink $mnt/s2/f0 1667072 2220032 584k" $mnt/s2/g0
xfs_io -f -c "pwrite 650045 52k" $mnt/s1/f0
xfs_io -f -c "falloc 6643712 68k" $mnt/s2/g1
xfs_io -c "falloc -k 3846144 168k" $mnt/s2/f1
sync
xfs_io -c "reflink $mnt/s2/f1 3538944 2662400 456k" $mnt/s1/f1
