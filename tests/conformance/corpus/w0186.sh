# extsim conformance workload, gen.py seed 186
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 808k 60k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 364k 452k 328k" $mnt/f0
xfs_io -c "reflink $mnt/f0 672k 276k 164k" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x63 68k 200k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 124k 384k 28k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 439378 40k" $mnt/f0
xfs_io -c "reflink $mnt/f0 72k 1204224 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 364k 600k 828k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 51584 52k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1097728 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 644k 284k 544k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 8k 552k 1212416" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/f1 0 1712128 4k" $mnt/f1
xfs_io -c "reflink $mnt/f0 592k 264k 256k" $mnt/f0
xfs_io -c "pwrite -S 0x62 474825 152k" $mnt/f1
xfs_io -c "reflink $mnt/f1 172k 472k 60k" $mnt/f0
xfs_io -c "fzero 596k 44k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
rm -f $mnt/f0
xfs_io -c "pwrite -S 0x63 284k 24k" $mnt/f1
xfs_io -c "pwrite 308k 36k" $mnt/f1
xfs_io -c "truncate 1323008" $mnt/f1
xfs_io -c "reflink $mnt/f1 1224704 284k 104k" $mnt/f1
xfs_io -c "pwrite -S 0x63 1081344 28k" -c "fdatasync" $mnt/f1
sync
xfs_io -c "dedupe $mnt/f1 1400832 1409024 24k" $mnt/f1
xfs_io -c "pwrite -S 0x63 376k 8409" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 64k 40k" $mnt/f0
xfs_io -c "pwrite -S 0x62 32k 6866" -c "fsync" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 1232896 52k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 1202206 200k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 131098 36k" $mnt/s1/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite 436k 44k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite 72k 208k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 96k 224k" $mnt/s1/f0
xfs_io -c "truncate 1273856" $mnt/f1
xfs_io -c "truncate 500k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 40k 60k" $mnt/s1/f0
