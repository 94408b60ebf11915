# extsim conformance workload, gen.py seed 74
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 488k 36k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 260k 68k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 40k 0 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 504k 2798" $mnt/f0
xfs_io -c "reflink $mnt/f0 56k 508k 472k" $mnt/f0
xfs_io -c "falloc 520k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x63 352k 32k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 147314 224k" $mnt/f0
xfs_io -c "falloc 198324 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 532k 32k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 180k 200k 128k" $mnt/f0
xfs_io -c "fzero -k 401821 4k" $mnt/f0
umount $mnt
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x61 258912 20k" -c "fsync" $mnt/f0
xfs_io -c "fzero 1191936 36k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1142784 60k 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 896k 0 16k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 84k 52k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite 1482752 36k" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f0 740k 216k 468k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1052672 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 476134 96k" $mnt/f2
xfs_io -c "pwrite -S 0x62 1042661 40k" $mnt/f1
xfs_io -c "reflink $mnt/f2 468k 604k 99302" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 672k 48k" $mnt/f1
xfs_io -c "pwrite -S 0x62 1316068 3544" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f2
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -f -c "pwrite -S 0x62 1380352 60k" $mnt/f1
xfs_io -c "falloc -k 188k 20k" $mnt/f0
xfs_io -c "fpunch 896k 28k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f3 0 648k 16k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "reflink $mnt/s1/f0 756k 1167360 0" $mnt/f1
rm $mnt/f1
xfs_io -c "pwrite -S 0x62 312k 64k" $mnt/f3
xfs_io -c "pwrite -S 0x61 887470 64k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x62 100k 60k" -c "fsync" $mnt/f2
xfs_io -c "dedupe $mnt/f2 1064960 48k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 668k 1038" $mnt/s1/f2
xfs_io -c "pwrite 1974272 248k" -c "fdatasync" $mnt/f2
xfs_io -c "reflink $mnt/s1/f3 0 828k 4k" $mnt/s1/f1
sync
xfs_io -c "pwrite -S 0x62 1070105 60k" $mnt/f0
xfs_io -c "reflink $mnt/f3" $mnt/s1/f2
xfs_io -c "dedupe $mnt/f0 896k 4k 8k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f3
xfs_io -c "reflink $mnt/s1/f0 276k 152k 456k" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f3 0 320k 4k" $mnt/s1/f2
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s2/f3 4k 0 4k" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x63 1850522 48k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 256k 64k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 1167360 4k" $mnt/s1/f1
md5sum $mnt/s1/f0
