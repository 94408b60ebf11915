# extsim conformance workload, gen.py seed 560
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 4030910 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2760704 920k 364k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2621440 36k" $mnt/f0
xfs_io -c "pwrite -S 0x62 3502080 244k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 2535424 108k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc -k 800k 24k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
sync
xfs_io -c "falloc 836k 44k" $mnt/s1/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite 552k 36k" -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 560k 5207" -c "fsync" $mnt/s1/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x62 -b 1m 4833280 2m" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s2/f0 1310720 0 2744766" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 396k 2496" $mnt/s2/f0
xfs_io -c "falloc 2547712 10645" $mnt/s1/f1
xfs_io -c "fpunch 652927 52k" $mnt/f0
xfs_io -c "falloc 384k 16k" $mnt/s2/f1
xfs_io -c "fdatasync" $mnt/s2/f0
sync
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 3837952 2936832 164k" $mnt/f0
xfs_io -c "falloc -k 4067328 140k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 356k 8k" $mnt/s1/f1
xfs_io -r -c "fiemap -v" $mnt/f0
sync
xfs_io -c "falloc 1314816 252k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x63 4718938 60k" -c "fdatasync" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x62 6098944 60k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 904k 44k 20k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f1 5005312 8159232 32k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s3/f0 316k 20k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x63 814547 5128" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f0 4939776 1900544 48k" $mnt/s2/f1
xfs_io -c "pwrite -S 0x63 2662427 224k" $mnt/f2
xfs_io -f -c "falloc -k 8320476 156k" $mnt/s3/g0
xfs_io -c "pwrite -S 0x63 3260416 100k" $mnt/f0
xfs_io -c "falloc 2617344 20k" $mnt/s2/f1
xfs_io -c "fzero -k 1957888 96k" $mnt/s1/f0
touch $mnt/s2/g0
chattr +C $mnt/s2/g0
sync
xfs_io -c "reflink $mnt/s1/f0 8339456 3862528 32k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 753594 44k" $mnt/s3/g0
xfs_io -c "pwrite -S 0x62 1376256 7175" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/f1 964k 1277952 1388544" $mnt/s2/f0
sync
xfs_io -c "fpunch 1654784 28k" $mnt/s2/f1
sync
xfs_io -c "fpunch 180k 28k" $mnt/f0
xfs_io -c "fpunch 244k 8k" $mnt/s3/g0
xfs_io -c "reflink $mnt/s3/g0 8007680 5947392 16k" $mnt/s3/g0
xfs_io -c "fpunch 294768 120k" $mnt/s3/g0
xfs_io -c "truncate 7151616" $mnt/f1
xfs_io -c "pwrite -S 0x62 3246827 44k" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 7685251 72k" $mnt/s3/g1
xfs_io -c "falloc 3117056 20k" $mnt/s2/g0
sync
xfs_io -c "pwrite -S 0x61 2179072 4k" $mnt/s3/g1
xfs_io -c "pwrite -S 0x62 859948 24k" $mnt/s1/f0
md5sum $mnt/f2
xfs_io -c "fzero 4005888 16k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 295316 136k" $mnt/f0
xfs_io -c "reflink $mnt/s3/f0 360k 196k 3686846" $mnt/s3/g0
md5sum $mnt/s3/g1
xfs_io -c "pwrite -S 0xcd 3592192 12191" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 6463488 52k" $mnt/s1/f0
