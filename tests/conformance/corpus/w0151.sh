# extsim conformance workload, gen.py seed 151
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 7737344 1755" $mnt/f0
xfs_io -c "truncate 4681728" $mnt/f0
xfs_io -c "pwrite 2942644 8519" $mnt/f0
xfs_io -c "reflink $mnt/f0 2850816 6643712 1835008" $mnt/f0
md5sum $mnt/f0
xfs_io -c "truncate 7413760" $mnt/f0
xfs_io -c "falloc -k 6881280 52k" $mnt/f0
xfs_io -c "pwrite -S 0x61 3674112 20k" $mnt/f0
xfs_io -c "falloc -k 8175616 36k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4722688 5017600 40k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1785856 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 73782 244k" $mnt/f0
xfs_io -c "fpunch 2772992 10582" $mnt/f0
xfs_io -c "pwrite -S 0x62 2967211 156k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 6950912 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 6988394 56k" $mnt/f0
xfs_io -c "falloc -k 5140480 100k" $mnt/f0
xfs_io -c "reflink $mnt/f0 5492736 3313664 1429504" $mnt/f0
sync
xfs_io -c "falloc 7372800 124k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f0 4608000 552k 4k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 4771840 1777664 2740224" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x62 1716224 32k" $mnt/s1/f0
xfs_io -f -c "pwrite 3172276 4k" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/f0 4759552 1138688 232k" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 1191936 16k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 4255744 24k" $mnt/s1/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "reflink $mnt/f0 6717440 7655424 360k" $mnt/s1/g1
xfs_io -c "falloc -k 665484 48k" $mnt/s1/g0
xfs_io -c "falloc 2072576 2397" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "truncate 1716224" $mnt/s1/f0
xfs_io -c "falloc 8325643 1m" $mnt/s3/f1
xfs_io -c "reflink $mnt/f0 2842624 2850816 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 6397952 492k 20k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 1343488 16k 8k" $mnt/f0
xfs_io -c "fsync" $mnt/s2/f0
xfs_io -c "falloc 708k 1m" $mnt/s3/f0
xfs_io -c "truncate 428k" $mnt/s2/f1
xfs_io -c "truncate 260007" $mnt/s2/f0
xfs_io -c "reflink $mnt/f0 2904924 4345856 224k" $mnt/s2/f1
xfs_io -c "pwrite -S 0x63 5767082 148k" $mnt/s3/f1
xfs_io -c "fpunch 6393645 52k" $mnt/f1
xfs_io -c "fsync" $mnt/s2/f0
xfs_io -c "falloc -k 7464471 140k" $mnt/s3/f0
sync
xfs_io -f -c "pwrite -S 0x61 2371584 212k" $mnt/s3/f0
xfs_io -c "pwrite -S 0x61 228k 28k" $mnt/s3/f0
xfs_io -c "falloc -k 268k 52k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0xcd 408k 9065" -c "fdatasync" $mnt/s2/f1
xfs_io -c "dedupe $mnt/f1 1789952 1155072 16k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fdatasync" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 104k 208k" $mnt/s2/f1
xfs_io -c "falloc 3907584 196k" $mnt/s1/g0
xfs_io -c "pwrite 4325376 2285" $mnt/s3/f0
xfs_io -c "pwrite -S 0x63 285689 32k" $mnt/s2/f1
xfs_io -c "reflink $mnt/s2/f0 212k 3m 0" $mnt/s2/f1
umount $mnt
mount $dev $mnt
sync
xfs_io -c "pwrite -S 0x63 252k 44k" $mnt/s3/f0
xfs_io -c "reflink $mnt/s3/f1" $mnt/s2/f0
