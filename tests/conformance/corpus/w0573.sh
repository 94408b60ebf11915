# extsim conformance workload, gen.py seed 573
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 368k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 784k 60k" $mnt/f0
xfs_io -c "pwrite 80922 40k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 523375 40k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 680k 236k 144k" $mnt/f0
xfs_io -c "pwrite -S 0x63 376k 8k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 204k 83" $mnt/f0
xfs_io -c "reflink $mnt/f0 140k 452k 60k" $mnt/f0
xfs_io -c "pwrite -S 0x62 112k 64k" $mnt/f0
xfs_io -c "reflink $mnt/f0 16k 672k 840k" $mnt/f0
xfs_io -c "pwrite -S 0x62 992k 56k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 952k 32k" -c "fsync" $mnt/f1
xfs_io -c "falloc -k 996k 565" $mnt/f1
xfs_io -c "falloc 461456 16k" $mnt/f1
rm $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fzero -k 900k 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 468k 4k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 397255 20k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 580k 0 472k" $mnt/f0
xfs_io -c "reflink $mnt/f0 696k 696k 12k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 860k 44k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 1052672 2m" $mnt/f0
xfs_io -f -c "pwrite 2842624 48k" $mnt/f0
xfs_io -c "pwrite 2703360 36k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3092480 908k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 248k 1323008 1597440" $mnt/f0
xfs_io -c "pwrite 760k 152k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x63 2871296 2873" $mnt/f0
xfs_io -c "pwrite -S 0xcd 2962335 2137" -c "fsync" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 2129920 2797568 776k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "fpunch 120k 184k" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "pwrite 512k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 468k 288k 148k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 372k 380k 20k" $mnt/f0
xfs_io -c "falloc 908k 48k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite 971061 20k" -c "fsync" $mnt/f0
xfs_io -c "falloc -k 20587 172k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 584k 1233" $mnt/f0
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 340k 2m" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 652k 372k 1085440" $mnt/f0
xfs_io -c "fzero 1441792 20k" $mnt/f0
md5sum $mnt/s1/f0
xfs_io -c "pwrite 216k 252k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 1511424 1654784 48k" $mnt/s1/f0
sync
xfs_io -f -c "pwrite -S 0x61 848k 40k" $mnt/s1/f0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "pwrite -S 0xcd 1306624 4794" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 600k 0 836k" $mnt/s1/f0
xfs_io -c "falloc -k 1851392 40k" $mnt/s1/f0
xfs_io -c "truncate 533443" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 483195 36k" $mnt/f1
md5sum $mnt/f1
xfs_io -c "truncate 800k" $mnt/s1/f0
btrfs subvolume snapshot -r $mnt $mnt/s3
