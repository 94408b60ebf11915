# extsim conformance workload, gen.py seed 6297 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 1404928 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 32k" $mnt/f0
sync
xfs_io -c "falloc 820k 36k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 556k 36k" $mnt/f1
xfs_io -c "pwrite -S 0x61 98361 224k" $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "truncate 632k" $mnt/f0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x63 688k 44k" $mnt/f1
rm $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 580k 72k" $mnt/f1
xfs_io -c "reflink $mnt/f1 404k 1511424 28k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f1 1298432 704k 240k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 236k 16k" -c "fsync" $mnt/f1
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f1 852k 1531904 660k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 168k 0 1372160" $mnt/f1
xfs_io -c "reflink $mnt/f1 808k 900k 196k" $mnt/f1
xfs_io -c "pwrite -S 0x62 703639 64k" -c "fsync" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 1089536 1880064 40k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f1 1429504 268k 80k" $mnt/f1
xfs_io -c "reflink $mnt/f0" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 1941798 60k" $mnt/f2
xfs_io -c "reflink $mnt/f0 1531904 1159168 100k" $mnt/f1
xfs_io -c "reflink $mnt/f1 136k 556k 1437696" $mnt/f2
xfs_io -c "pwrite -S 0x63 604k 4k" -c "fdatasync" $mnt/f1
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 392743 84k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0 612k 1646592 1298432" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 1407998 40k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x62 808k 100k" $mnt/s1/f0
xfs_io -c "falloc 1376256 168k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1434798 28k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1093632 16k" -c "fdatasync" $mnt/s1/f2
xfs_io -f -c "pwrite 624k 44k" -c "fdatasync" $mnt/f3
xfs_io -f -c "pwrite 864901 11742" $mnt/f0
xfs_io -f -c "truncate 1998848" $mnt/f4
xfs_io -c "dedupe $mnt/s1/f2 600k 28k 16k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f1
xfs_io -c "falloc 748k 24k" $mnt/f1
xfs_io -c "fpunch 348k 100k" $mnt/s1/f2
xfs_io -f -c "pwrite 1175419 52k" $mnt/f0
rm -f $mnt/s1/f2
xfs_io -c "pwrite -S 0x61 68k 200k" $mnt/f4
xfs_io -c "fpunch 612k 64k" $mnt/f4
xfs_io -f -c "reflink $mnt/s1/f0 1589248 1224704 136k" $mnt/f5
