# extsim conformance workload, gen.py seed 413
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 288k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 244k 140k 52k" $mnt/f0
xfs_io -c "falloc 944k 40k" $mnt/f0
xfs_io -c "falloc 692534 228k" $mnt/f0
xfs_io -c "reflink $mnt/f0 100k 884k 572k" $mnt/f0
xfs_io -c "falloc 772k 224k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 756k 316k 20k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f0 204k 28k 28k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fzero -k 532k 44k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1372160 4k" $mnt/s1/f0
md5sum $mnt/f0
xfs_io -c "falloc 1421312 40k" $mnt/f0
xfs_io -c "fzero -k 188k 20k" $mnt/s1/f0
xfs_io -c "pwrite 1166148 124k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 914418 44k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc 753895 16k" $mnt/f0
xfs_io -f -c "falloc -k 0 236k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 708k 7433" $mnt/f0
xfs_io -c "truncate 903466" $mnt/f1
xfs_io -c "fpunch 1073967 236k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1433600 172k" $mnt/s1/f0
rm -f $mnt/f1
xfs_io -c "fzero 1124431 12k" $mnt/s1/f0
sync
xfs_io -c "pwrite -S 0x62 1187840 2468" $mnt/f0
xfs_io -c "fpunch 460k 5729" $mnt/f0
xfs_io -c "fzero -k 44k 52k" $mnt/f0
xfs_io -c "truncate 1344651" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 208k 12k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 900k 172k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/s2/f0" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1204224 60k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 1167360 44k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 824k 812k 4k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s1/f0 4k 652k 1352843" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 1012k 0 24k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 510775 256k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s2/f0 380k 36k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x61 312k 36k" -c "fsync" $mnt/s1/f0
md5sum $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 636k 5398" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 704k 188k 24k" $mnt/s1/f0
xfs_io -f -c "falloc 452k 144k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/f0 652k 0 808k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 240k 0 16k" $mnt/s2/g0
xfs_io -f -c "pwrite 544k 20k" $mnt/s2/g0
xfs_io -c "fpunch 448k 180k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -f -c "reflink $mnt/s1/f0" $mnt/f1
xfs_io -c "falloc -k 812k 4m" $mnt/f1
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 404k 44k" $mnt/s1/g1
xfs_io -c "fpunch 172k 16k" $mnt/s3/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 96k 3m" $mnt/s3/g0
sync
sync
xfs_io -f -c "pwrite -S 0x61 168k 4k" -c "fsync" $mnt/s3/g1
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 792713 12182" $mnt/s3/g2
xfs_io -f -c "falloc -k 478128 12k" $mnt/s2/g1
xfs_io -c "dedupe $mnt/s3/g1 68k 0 108k" $mnt/s1/f0
rm -f $mnt/s1/g0
xfs_io -c "falloc -k 368k 120k" $mnt/f0
xfs_io -c "reflink $mnt/f1 396k 852k 664k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 760k 36k" $mnt/s3/f0
xfs_io -c "fpunch 100k 48k" $mnt/s3/f0
xfs_io -c "fpunch 348k 24k" $mnt/s3/g1
