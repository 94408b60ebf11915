# extsim conformance workload, gen.py seed 565
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 1327104" $mnt/f0
xfs_io -f -c "falloc 912k 44k" $mnt/f1
xfs_io -c "reflink $mnt/f1 260k 68k 316k" $mnt/f1
xfs_io -c "fpunch 440k 36k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1020k 28k" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x63 124k 16k" $mnt/f2
xfs_io -c "pwrite -S 0x62 -b 1m 2007040 3m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "dedupe $mnt/f2 712k 44k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 968k 64k" $mnt/f2
xfs_io -c "pwrite -S 0x61 972k 32k" $mnt/f2
chattr +C $mnt/f2
xfs_io -c "falloc -k 3453103 20k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f1 576k 908k 36k" $mnt/f1
xfs_io -c "falloc 452k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f1 836k 1167360 40k" $mnt/f0
xfs_io -c "falloc 56219 5934" $mnt/f1
xfs_io -f -c "reflink $mnt/f3 204k 28k 28k" $mnt/f3
xfs_io -c "reflink $mnt/f1 676k 1564672 108k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1355776 56k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 460k 60k" $mnt/f4
touch $mnt/f5
chattr +C $mnt/f5
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "reflink $mnt/f2 676k 500k 208k" $mnt/f2
xfs_io -c "pwrite -S 0x62 196k 12k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 1359872 312k 8k" $mnt/f4
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 1155072 28k" $mnt/f0
sync
chattr +C $mnt/f5
xfs_io -c "pwrite -S 0x62 1150976 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1231516 240k" $mnt/f6
xfs_io -c "fpunch 808k 4k" $mnt/f3
touch $mnt/f7
chattr +C $mnt/f7
xfs_io -c "reflink $mnt/f0 2056192 968k 2060288" $mnt/f3
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f6
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "dedupe $mnt/f2 192k 196k 16k" $mnt/f2
chattr +C $mnt/f3
xfs_io -f -c "pwrite -S 0x62 732k 8326" -c "fdatasync" $mnt/f2
xfs_io -c "reflink $mnt/f7 0 1585152 4k" $mnt/f6
xfs_io -c "dedupe $mnt/f6 612k 620k 8k" $mnt/f6
md5sum $mnt/f1
xfs_io -c "fpunch 748k 40k" $mnt/f3
rm $mnt/f6
xfs_io -c "fzero -k 844k 248k" $mnt/f1
xfs_io -c "truncate 1388544" $mnt/f7
xfs_io -c "dedupe $mnt/f3 1835008 2035712 32k" $mnt/f0
xfs_io -c "fpunch 184k 56k" $mnt/f7
xfs_io -c "falloc 524259 48k" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 28262 40k" $mnt/f6
xfs_io -c "pwrite -S 0x61 4k 36k" $mnt/f2
xfs_io -c "reflink $mnt/f4 268k 3010560 172k" $mnt/f3
xfs_io -c "reflink $mnt/f5" $mnt/f2
xfs_io -c "dedupe $mnt/f7 660k 60k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f5 0 44k 4k" $mnt/f6
xfs_io -c "falloc -k 892k 24k" $mnt/f7
touch $mnt/f7
chattr +C $mnt/f7
xfs_io -c "dedupe $mnt/f0 4714496 2015232 24k" $mnt/f0
