# extsim conformance workload, gen.py seed 424
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x62 176k 28k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite 112k 232k" $mnt/f0
xfs_io -c "fzero 320k 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 72k 0 296k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 28k 20k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite 360k 36k" $mnt/f0
xfs_io -c "falloc 232k 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0 8k 316k 220k" $mnt/f0
xfs_io -c "pwrite -S 0x61 500099 60k" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 431550" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 758860 108k" -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 85835 4406" $mnt/f0
xfs_io -c "dedupe $mnt/f0 376k 28k 28k" $mnt/f0
xfs_io -c "pwrite 4251648 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2658304 3813376 884k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x63 6295552 24k" $mnt/f0
xfs_io -c "truncate 5317140" $mnt/f0
xfs_io -c "pwrite -S 0x63 3676637 12k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3411968 40k 24k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "falloc -k 2662400 12k" $mnt/f0
xfs_io -c "pwrite -S 0x62 8216576 4k" -c "fdatasync" $mnt/f1
xfs_io -c "falloc 1683456 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 2400256 1251132 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4530176 8101888 28k" $mnt/f1
xfs_io -c "truncate 1609728" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1425408 4k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 824k 880k 752k" $mnt/f0
xfs_io -c "reflink $mnt/f1 7327744 3104768 876k" $mnt/f1
xfs_io -c "truncate 7655424" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 2m 12k" $mnt/f2
rm $mnt/f1
xfs_io -c "falloc 900k 44k" $mnt/f2
xfs_io -c "falloc 1069056 16k" $mnt/f0
xfs_io -c "truncate 859198" $mnt/f0
xfs_io -c "reflink $mnt/f2 744k 1675264 1359872" $mnt/f2
xfs_io -c "reflink $mnt/f0 228k 7467008 638014" $mnt/f2
xfs_io -c "fzero 736k 11633" $mnt/f0
sync
xfs_io -c "falloc -k 7253408 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 320k 7896" $mnt/f0
sync
xfs_io -f -c "truncate 5761120" $mnt/f1
xfs_io -c "pwrite -S 0x61 314499 44k" $mnt/f0
xfs_io -c "fpunch 5660672 4k" $mnt/f2
xfs_io -c "reflink $mnt/f2 1142784 7843840 848k" $mnt/f1
xfs_io -c "pwrite -S 0x62 464k 48k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 220k 272k 28k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
sync
sync
