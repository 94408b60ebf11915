# extsim conformance workload, gen.py seed 318
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
sync
xfs_io -f -c "pwrite -S 0x61 792k 68k" $mnt/sv/g0
xfs_io -c "truncate 488k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 36k 32k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 452k 16k" $mnt/sv/g0
xfs_io -c "truncate 1230662" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 940k 16k" $mnt/sv/g1
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "falloc 1138688 28k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 1970176 228k" $mnt/s1/g0
chattr +C $mnt/sv/g0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/s1/g1 4k 876k 784k" $mnt/s1/g1
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "reflink $mnt/s1/g1 608k 276k 0" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 672k 160k" $mnt/s2/g1
xfs_io -c "reflink $mnt/s2/g1 248k 244k 24k" $mnt/s2/g1
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "fzero 1243656 4k" $mnt/sv/g0
xfs_io -c "falloc 1638400 176k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s2/g0 1056768 0 300k" $mnt/s1/g0
xfs_io -c "falloc -k 72k 92k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x61 1008k 108k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 300k 104k 12k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 852k 52k" $mnt/sv/g1
xfs_io -c "reflink $mnt/s2/g0" $mnt/s2/g0
xfs_io -c "pwrite 1523712 148k" $mnt/s2/g1
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "reflink $mnt/s2/g0 36k 316k 892k" $mnt/sv/g1
xfs_io -c "falloc 1m 28k" $mnt/s2/g1
xfs_io -c "reflink $mnt/s2/g1 504k 1302528 1167360" $mnt/s1/g1
xfs_io -c "truncate 632k" $mnt/s1/g1
xfs_io -c "pwrite -S 0xcd 580k 8k" $mnt/sv/g1
xfs_io -c "reflink $mnt/s1/g1" $mnt/s2/g0
xfs_io -c "fdatasync" $mnt/s2/g1
xfs_io -c "pwrite -S 0x63 1580259 12011" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 776749 56k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/sv/g0 1183744 1167360 28k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 197125 184k" $mnt/sv/g1
xfs_io -c "falloc 380k 60k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/g1 848k 0 28k" $mnt/s1/g1
rm -f $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 100896 48k" $mnt/sv/g1
xfs_io -c "reflink $mnt/s1/g1 456k 1163264 104k" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/sv/g0 792k 320k 444936" $mnt/f0
rm -f $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x62 803308 28k" $mnt/s2/g1
xfs_io -f -c "pwrite -S 0x63 1249651 72k" $mnt/s2/g1
xfs_io -c "falloc 324k 24k" $mnt/s1/g1
xfs_io -c "falloc 1895327 4k" $mnt/s2/g1
xfs_io -c "pwrite 273292 5338" $mnt/s1/g1
sync
xfs_io -c "dedupe $mnt/sv/g0 924k 812k 60k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 816k 12k" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/s2/g1 1789952 1212416 40k" $mnt/f1
xfs_io -c "pwrite -S 0x63 7863 43" -c "fsync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f1 928k 56k 16k" $mnt/f1
md5sum $mnt/f1
rm $mnt/s2/g1
xfs_io -c "falloc 684k 4k" $mnt/f1
rm $mnt/sv/g0
xfs_io -c "reflink $mnt/f0" $mnt/f1
xfs_io -c "truncate 85552" $mnt/s1/g1
xfs_io -c "falloc -k 1400832 20k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 4k 0 4k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g1 1854437 1463684 1m" $mnt/f1
