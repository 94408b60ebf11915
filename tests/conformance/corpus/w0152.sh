# extsim conformance workload, gen.py seed 152
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite 104k 24k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
sync
xfs_io -f -c "pwrite 64k 240k" -c "fsync" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x63 96k 3073" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 116k 236k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 116k 208k 20k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 208k 28k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite 164k 10202" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "falloc 1508907 32k" $mnt/f0
xfs_io -c "falloc -k 1531904 4362" $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 124k 136k 28k" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s2/f0 48k 0 260k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 436k 36k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 1544192 28k" $mnt/f0
xfs_io -c "fpunch 316k 88k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "reflink $mnt/s3/f0 144k 780k 56k" $mnt/s3/f0
xfs_io -c "dedupe $mnt/s3/f0 300k 96k 16k" $mnt/s2/f0
xfs_io -f -c "falloc -k 564k 52k" $mnt/s2/g0
xfs_io -c "truncate 199866" $mnt/s2/f0
xfs_io -c "falloc -k 140k 72k" $mnt/s2/f0
xfs_io -c "truncate 188k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x61 65470 48k" $mnt/s2/f0
xfs_io -c "falloc -k 1945600 1m" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s1/f0 132k 0 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1597440 8k" $mnt/s2/g1
xfs_io -c "dedupe $mnt/s3/f0 596k 160k 16k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 91223 3395" $mnt/s2/f0
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -c "fsync" $mnt/s2/g0
xfs_io -c "reflink $mnt/s2/g0 0 1200128 4k" $mnt/s3/f0
xfs_io -c "pwrite -S 0xcd 1109399 48k" $mnt/s2/f0
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/g1 188k 204k 8k" $mnt/s2/g1
xfs_io -c "falloc -k 932k 8379" $mnt/s2/g1
xfs_io -c "reflink $mnt/f0 1454080 828k 24k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s3/f0 1474560 176k 28k" $mnt/f0
xfs_io -f -c "reflink $mnt/s2/g1 548k 1961984 936k" $mnt/s3/g0
xfs_io -c "falloc 278388 16k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s3/g0 2105344 136k 24k" $mnt/s3/g0
xfs_io -c "dedupe $mnt/s3/g0 1159168 2412544 16k" $mnt/s3/g0
xfs_io -c "pwrite -S 0x63 2256896 52k" $mnt/s3/g0
xfs_io -c "dedupe $mnt/s2/g0 196k 40k 12k" $mnt/f0
xfs_io -c "truncate 360170" $mnt/s2/g0
xfs_io -c "fpunch 380k 36k" $mnt/s3/f0
touch $mnt/s2/g2
chattr +C $mnt/s2/g2
xfs_io -c "falloc 144k 28k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s2/g0 8k 1617920 360170" $mnt/s2/g2
xfs_io -c "dedupe $mnt/s2/f0 1425408 823791 2829" $mnt/f0
xfs_io -c "fsync" $mnt/s2/g1
xfs_io -c "truncate 2424832" $mnt/s3/g0
xfs_io -r -c "fiemap -v" $mnt/s3/g0
xfs_io -c "pwrite -S 0x62 120k 32k" -c "fdatasync" $mnt/s2/g0
xfs_io -c "reflink $mnt/s2/g0 240k 356k 118506" $mnt/s2/g1
xfs_io -c "falloc 800k 32k" $mnt/f0
xfs_io -c "falloc 1608991 32k" $mnt/s3/g0
xfs_io -c "dedupe $mnt/s2/g1 1564672 240k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/s3/f0 384k 116k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/s3/f0 584k 0 956k" $mnt/s2/g1
xfs_io -c "fpunch 1265664 216k" $mnt/f0
xfs_io -c "truncate 1531904" $mnt/s3/f0
xfs_io -c "pwrite -S 0x63 860k 48k" $mnt/s3/f0
sync
xfs_io -c "falloc -k 1523712 8k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 20k 52k" -c "fdatasync" $mnt/f1
