# extsim conformance workload, gen.py seed 11
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 779483 8826" $mnt/f0
xfs_io -f -c "truncate 62917" $mnt/f1
xfs_io -c "pwrite -S 0x62 120k 28k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 28k 36k 8k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 296k 1m" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "falloc 12k 7618" $mnt/f1
xfs_io -c "reflink $mnt/f0 388k 1757184 752k" $mnt/f2
xfs_io -c "pwrite -S 0x62 1241088 120k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 1851392 152k" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 20k 64k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 1020k 28k" $mnt/f1
xfs_io -f -c "pwrite 1642496 220k" -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/f2 832k 280k 1683456" $mnt/f0
xfs_io -c "falloc -k 274999 152k" $mnt/f1
sync
xfs_io -c "reflink $mnt/f0 972k 84k 184k" $mnt/f1
xfs_io -c "pwrite -S 0x62 305341 8k" $mnt/f2
xfs_io -c "fpunch 156k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f3 1273856 524k 76k" $mnt/f3
btrfs subvolume snapshot $mnt $mnt/s1
rm $mnt/s1/f3
xfs_io -c "dedupe $mnt/f2 2519040 128k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1286144 616k 64k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 1851392 52k" -c "fdatasync" $mnt/s1/f2
md5sum $mnt/f1
xfs_io -f -c "pwrite -S 0x61 878578 8k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 436k 64k" $mnt/f3
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "falloc 1175552 4k" $mnt/f4
xfs_io -c "fsync" $mnt/s1/f2
xfs_io -c "pwrite 288k 1m" $mnt/f4
xfs_io -c "pwrite -S 0x61 1073197 204k" -c "fdatasync" $mnt/f3
xfs_io -c "dedupe $mnt/f3 1953792 920k 4k" $mnt/s1/f1
xfs_io -c "fzero -k 429532 232k" $mnt/s1/f0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -f -c "falloc 1343488 4k" $mnt/f5
xfs_io -c "fpunch 1847296 36k" $mnt/s1/f2
xfs_io -f -c "reflink $mnt/s2/f3 876k 1404928 72k" $mnt/f6
xfs_io -c "pwrite -S 0x62 1843200 12k" $mnt/s1/f1
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -f -c "pwrite -S 0x62 780k 224k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s2/f3 1122304 0 868k" $mnt/f6
xfs_io -c "pwrite 180k 16k" -c "fdatasync" $mnt/s3/f2
xfs_io -c "truncate 692k" $mnt/s3/f5
xfs_io -c "reflink $mnt/f3 532k 316k 20k" $mnt/f3
xfs_io -c "falloc 1222699 28k" $mnt/s1/f0
touch $mnt/s3/g0
chattr +C $mnt/s3/g0
