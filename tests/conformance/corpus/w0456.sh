# extsim conformance workload, gen.py seed 456
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 1368064 88k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 2002944 8736" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "truncate 283202" $mnt/f0
xfs_io -c "fpunch 1314816 24k" $mnt/s1/f0
chattr +C $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
rm $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 244k 880k 45634" $mnt/f0
xfs_io -c "reflink $mnt/f0 88k 268k 72k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 144k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 36k 32k 9046" $mnt/s2/f0
md5sum $mnt/f0
xfs_io -c "pwrite 88k 36k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 248k 248k 8k" $mnt/s2/f0
rm -f $mnt/f0
xfs_io -c "falloc 1921024 12k" $mnt/s2/f0
xfs_io -c "fsync" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 1630208 20k" $mnt/s2/f0
chattr +C $mnt/s2/f0
xfs_io -c "fsync" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s2/f0 100k 20k 4k" $mnt/s2/f0
xfs_io -f -c "reflink $mnt/s2/f0 1601536 1589248 336k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f0 1687552 16k 12k" $mnt/s2/f0
xfs_io -f -c "reflink $mnt/s2/f0 1454080 112k 476k" $mnt/s2/g0
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -c "pwrite 1038657 60k" $mnt/f0
xfs_io -c "truncate 1560576" $mnt/s2/f0
xfs_io -c "fzero 667556 20k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f0 532k 8k 28k" $mnt/f0
rm $mnt/s2/f0
xfs_io -c "falloc -k 964k 60k" $mnt/f0
xfs_io -c "falloc 696k 12015" $mnt/s2/g0
xfs_io -c "truncate 828669" $mnt/f0
xfs_io -c "dedupe $mnt/f0 356k 368k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 764k 56k 12k" $mnt/f0
xfs_io -c "reflink $mnt/s2/g0 340k 48k 16k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/g0 404k 32k 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 160k 48k" $mnt/f1
xfs_io -c "reflink $mnt/f1 180k 196k 28k" $mnt/f1
xfs_io -c "fpunch 616k 24k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s2/g0 144k 708k 132k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/g0 380k 12k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 20k 24k" -c "fsync" $mnt/s2/g0
touch $mnt/s2/g1
chattr +C $mnt/s2/g1
xfs_io -c "dedupe $mnt/s2/g0 668k 144k 24k" $mnt/f1
xfs_io -c "reflink $mnt/f1 192k 48k 20k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x62 40k 12k" -c "fsync" $mnt/s2/g0
xfs_io -c "pwrite -S 0x62 64k 52k" $mnt/f1
rm $mnt/f1
xfs_io -c "reflink $mnt/s2/g1 0 1654784 4k" $mnt/s2/g1
rm $mnt/s2/g1
xfs_io -c "reflink $mnt/f0 152k 508k 412k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 800k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/g0 268k 40k 32k" $mnt/f0
xfs_io -c "falloc -k 824k 6712" $mnt/s2/g0
xfs_io -c "fpunch 644248 48k" $mnt/f0
xfs_io -c "fpunch 820k 52k" $mnt/f0
xfs_io -c "falloc 892k 4k" $mnt/s2/g0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 360k 60k" $mnt/f0
sync
xfs_io -c "falloc 416k 4m" $mnt/f0
xfs_io -c "pwrite -S 0x62 372k 192k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/g0 492k 0 432k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/f0 3231744 0 4k" $mnt/f0
xfs_io -c "pwrite 1265664 20k" $mnt/s2/g0
btrfs subvolume snapshot -r $mnt $mnt/s3
