# extsim conformance workload, gen.py seed 500
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 440k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x62 395052 48k" $mnt/f0
xfs_io -c "pwrite -S 0x62 168k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 88k 1150976 332k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1114112 8k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 94329 10655" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x61 296k 64k" $mnt/f0
xfs_io -c "pwrite -S 0x61 816k 8k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 49383 64k" $mnt/f1
xfs_io -c "truncate 76k" $mnt/f1
xfs_io -c "pwrite -S 0x61 8k 64k" $mnt/f1
xfs_io -c "pwrite -S 0x63 180k 32k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f1 44k 48k 12k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 44k 356k 4k" $mnt/f0
xfs_io -c "fpunch 20k 10433" $mnt/f1
xfs_io -c "truncate 984k" $mnt/f0
xfs_io -c "reflink $mnt/f1 8k 792k 72k" $mnt/f0
xfs_io -c "pwrite -S 0x63 580k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 178730 8k" $mnt/f2
xfs_io -c "pwrite -S 0x63 80k 44k" $mnt/f2
md5sum $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 44k 16k" $mnt/f1
xfs_io -c "fsync" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x63 40k 120k" $mnt/s1/f1
xfs_io -f -c "reflink $mnt/s1/f1 132k 1085440 36k" $mnt/s1/g0
xfs_io -c "fpunch 935152 40k" $mnt/f0
xfs_io -c "falloc 1728512 52k" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f0 532k 460k 232k" $mnt/s1/f0
xfs_io -c "fpunch 1485970 36k" $mnt/f0
sync
sync
xfs_io -c "dedupe $mnt/s1/f2 108k 80k 16k" $mnt/s1/f2
xfs_io -f -c "pwrite 68k 172k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 1355776 24k" -c "fsync" $mnt/s1/f0
xfs_io -c "fpunch 1474560 24k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 132k 12k" $mnt/f0
xfs_io -c "fpunch 1100204 2793" $mnt/f2
xfs_io -c "pwrite -S 0xcd 964k 204k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f2
xfs_io -c "dedupe $mnt/s1/f1 128k 52k 12k" $mnt/s1/f1
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 96k 5332" $mnt/s1/g1
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
