# extsim conformance workload, gen.py seed 163
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 744k 9989" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 315123 12k" $mnt/f0
xfs_io -c "pwrite -S 0x62 164k 44k" -c "fsync" $mnt/f0
xfs_io -c "fpunch 152106 3797" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 -b 1m 216k 3m" $mnt/f1
xfs_io -c "reflink $mnt/f1 2240512 896k 72k" $mnt/f1
xfs_io -c "pwrite -S 0x61 180k 48k" $mnt/f1
chattr +C $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 412k 2m" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f1 1150976 84k 32k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 572k 744k 760k" $mnt/f2
xfs_io -c "fpunch 2678784 2859" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/f2 508k 604k 1004k" $mnt/f2
xfs_io -c "fzero -k 692k 56k" $mnt/f2
xfs_io -f -c "falloc 428k 60k" $mnt/f3
xfs_io -c "dedupe $mnt/f3 432k 416k 24k" $mnt/f3
xfs_io -c "pwrite -S 0x63 2183168 36k" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 88k" $mnt/f3
xfs_io -c "falloc -k 3051520 44k" $mnt/f1
rm $mnt/f0
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "reflink $mnt/s1/f1 1384448 808k 404k" $mnt/f2
xfs_io -c "falloc 2125824 3m" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 1544192 1576960 960k" $mnt/f1
xfs_io -c "fpunch 2449408 4820" $mnt/f1
xfs_io -c "truncate 204k" $mnt/f2
xfs_io -c "fzero 3497984 40k" $mnt/f1
xfs_io -c "truncate 416678" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 3854336 16k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1306624 4153344 980k" $mnt/f1
xfs_io -c "reflink $mnt/f3 4k 1228800 288k" $mnt/f1
xfs_io -c "reflink $mnt/f3 132k 68k 144k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 227654 48k" $mnt/f3
xfs_io -c "dedupe $mnt/f3 288k 288k 20k" $mnt/f3
xfs_io -c "falloc 20k 8k" $mnt/f2
xfs_io -c "truncate 112k" $mnt/f3
xfs_io -c "dedupe $mnt/f3 28k 0 88k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 3018752 280k 8k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1105920 1101824 8k" $mnt/f1
xfs_io -c "pwrite -S 0x62 3149824 16k" $mnt/f1
xfs_io -c "fpunch 2277376 8k" $mnt/f1
xfs_io -c "reflink $mnt/f1" $mnt/f1
xfs_io -c "dedupe $mnt/f1 976k 3694592 60k" $mnt/f1
xfs_io -c "pwrite -S 0x61 64k 1m" $mnt/f2
xfs_io -c "dedupe $mnt/f1 4927488 248k 12k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 412k 8k" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -r -c "fiemap -v" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f1 4214784 4214784 4k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 816k 584k 1380352" $mnt/f2
xfs_io -c "pwrite -S 0x61 3784691 24k" $mnt/f1
xfs_io -c "reflink $mnt/f3 19397 416k 44k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 3073080 40k" $mnt/f1
