# extsim conformance workload, gen.py seed 154
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 1085440 8k" $mnt/f0
md5sum $mnt/f0
rm $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1237127 1478656 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 916k 5305" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 68k 2m" $mnt/f0
xfs_io -c "reflink $mnt/f0 40k 1740800 944k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1127340 120k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1007221 44k" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 548k 12k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 392k 28k" -c "fsync" $mnt/f2
chattr +C $mnt/f2
xfs_io -f -c "pwrite -S 0x61 1576960 140k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 1929216 9574" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1916928 224k" -c "fdatasync" $mnt/f3
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x63 1708032 40k" $mnt/f3
xfs_io -c "pwrite 952k 10249" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 1781760 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 492k 32k" $mnt/f4
xfs_io -f -c "pwrite -S 0x63 1097024 10415" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -c "pwrite -S 0x61 1892352 28k" -c "fdatasync" $mnt/s1/f0
rm -f $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 660k 72k" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x62 2088960 11373" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x61 1220608 8k" $mnt/s1/f1
xfs_io -c "falloc 2314240 48k" $mnt/f0
xfs_io -c "fzero 728k 148k" $mnt/s1/f4
xfs_io -c "fpunch 412k 11275" $mnt/s1/f4
xfs_io -f -c "pwrite 1008k 64k" -c "fdatasync" $mnt/s1/f2
