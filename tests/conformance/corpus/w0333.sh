# extsim conformance workload, gen.py seed 333
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 1060037 32k" -c "fdatasync" $mnt/f0
md5sum $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 560k 360k 531653" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 624k 6191" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 616k 4k 36k" $mnt/f1
rm $mnt/f1
xfs_io -c "fsync" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 608k 392k 200k" $mnt/f0
xfs_io -c "reflink $mnt/f0 396k 368k 332k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 1990656 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 492k 88k 28k" $mnt/f0
xfs_io -c "falloc 1523712 44k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2039808 60k" -c "fsync" $mnt/f0
xfs_io -c "truncate 1966080" $mnt/f0
xfs_io -c "falloc 331136 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1241088 56k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 944k 12k" $mnt/f0
xfs_io -f -c "falloc 1179648 2211" $mnt/f1
xfs_io -c "reflink $mnt/f1 4k 1000k 848k" $mnt/f0
xfs_io -c "reflink $mnt/f1 112k 524k 484k" $mnt/f0
xfs_io -f -c "falloc -k 676k 12k" $mnt/f2
rm -f $mnt/f0
xfs_io -c "reflink $mnt/f1 892k 736k 172k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/f1 44k 1130496 1064960" $mnt/f1
xfs_io -c "fpunch 2093808 64k" $mnt/f1
xfs_io -c "reflink $mnt/f1 76k 1073152 1748992" $mnt/f2
xfs_io -c "fpunch 908k 52k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 972k 748k 68k" $mnt/f1
xfs_io -c "pwrite -S 0x62 428050 36k" -c "fsync" $mnt/f2
xfs_io -f -c "reflink $mnt/f1 1208320 1851392 0" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1150976 56k" $mnt/f3
xfs_io -c "fpunch 168k 32k" $mnt/f0
xfs_io -c "falloc 349735 4699" $mnt/f3
xfs_io -c "pwrite -S 0x61 264k 12k" -c "fdatasync" $mnt/f3
xfs_io -c "pwrite -S 0x61 1973206 12270" $mnt/f3
xfs_io -c "truncate 1020k" $mnt/f0
xfs_io -c "falloc -k 704k 44k" $mnt/f0
xfs_io -c "falloc 1124782 64k" $mnt/f3
xfs_io -c "reflink $mnt/f2 716k 1179648 0" $mnt/f3
xfs_io -c "pwrite 1632468 20k" $mnt/f3
xfs_io -c "falloc 1945600 20k" $mnt/f2
chattr +C $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 1585152 36k" -c "fdatasync" $mnt/f3
xfs_io -f -c "pwrite 424k 3364" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 496k 36k" $mnt/f0
xfs_io -c "falloc -k 700k 180k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1887841 40k" $mnt/f4
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x62 236171 8741" $mnt/f0
