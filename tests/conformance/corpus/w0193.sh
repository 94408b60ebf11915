# extsim conformance workload, gen.py seed 193
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 1308484 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1167360 368k 60k" $mnt/f0
md5sum $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 680k 28k" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "pwrite 340k 48k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 308k 48k" $mnt/f0
xfs_io -c "truncate 28101" $mnt/f0
xfs_io -c "truncate 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1751 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 12k 4k 12k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 32k 1871872 4k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 1142784 44k" $mnt/f0
xfs_io -c "fpunch 12k 16k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "dedupe $mnt/s2/f0 4k 4k 12k" $mnt/f0
xfs_io -f -c "falloc 724k 24k" $mnt/f1
xfs_io -c "reflink $mnt/f1 92k 244k 152k" $mnt/f1
xfs_io -c "pwrite -S 0x63 12k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 348k 40k 20k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "dedupe $mnt/s3/f1 596k 0 156k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 16k 16k" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s2/f0 12k 12k 136k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s3/f0 8k 532k 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 20k 44k" $mnt/s3/f0
md5sum $mnt/f1
xfs_io -c "dedupe $mnt/s3/f0 36k 12k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 59020 28k" $mnt/s3/f0
xfs_io -c "pwrite -S 0x61 0 52k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/f0 1925120 60305 32k" $mnt/s3/f0
xfs_io -c "pwrite -S 0x61 13995 52k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 1372160 5420" -c "fdatasync" $mnt/s3/f0
touch $mnt/s2/g0
chattr +C $mnt/s2/g0
umount $mnt
mount $dev $mnt
xfs_io -c "falloc -k 12k 3m" $mnt/f0
xfs_io -c "pwrite -S 0x63 656k 16k" -c "fsync" $mnt/s3/f1
xfs_io -c "fzero 460k 4k" $mnt/f1
xfs_io -c "falloc 72959 24k" $mnt/s3/f1
xfs_io -c "falloc 940k 8497" $mnt/s3/f1
xfs_io -f -c "pwrite -S 0x63 833412 68k" $mnt/f2
xfs_io -c "dedupe $mnt/s3/f1 828k 0 127281" $mnt/f0
xfs_io -c "fpunch 68k 12k" $mnt/s2/g0
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f2 484k 1990656 1m" $mnt/s2/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "reflink $mnt/s2/f0 48k 1077248 8k" $mnt/f3
xfs_io -c "falloc 812k 1m" $mnt/f3
xfs_io -c "truncate 1484599" $mnt/s3/f0
xfs_io -f -c "reflink $mnt/f2 496k 1085440 348k" $mnt/f4
xfs_io -c "pwrite -S 0x63 256k 4k" $mnt/s3/f0
