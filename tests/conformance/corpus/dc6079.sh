# extsim conformance workload, gen.py seed 6079 --drop-caches 0.08
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 1380352 4k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f0 4k 0 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4k 520k 4k" $mnt/f0
xfs_io -c "pwrite 204k 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 140k 16k 4k" $mnt/f0
sync
echo 1 > /proc/sys/vm/drop_caches
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 162540 2m" $mnt/f0
sync
xfs_io -c "pwrite 1069241 84k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fsync" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/s1/f0 2146304 28k 24k" $mnt/f0
xfs_io -c "pwrite 1354060 2321" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "dedupe $mnt/s2/f0 108k 64k 16k" $mnt/f0
md5sum $mnt/s1/f0
xfs_io -f -c "pwrite 1622016 24k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 1847296 952k 12k" $mnt/f0
sync
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/f0 612k 824k 36k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/f0" $mnt/s1/g0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 376k 112k" $mnt/f0
xfs_io -c "falloc 784k 8k" $mnt/s1/f0
xfs_io -c "truncate 1589248" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 548k 24k" $mnt/s1/f0
xfs_io -f -c "truncate 468k" $mnt/s1/g1
sync
xfs_io -c "truncate 1507328" $mnt/f0
xfs_io -f -c "pwrite 2033887 12k" -c "fsync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 720k 4k" $mnt/f1
rm $mnt/s1/g0
xfs_io -f -c "falloc -k 1449984 68k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f1
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "pwrite -S 0x61 1849563 4k" $mnt/f0
xfs_io -c "falloc 132k 56k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0xcd 384k 220k" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x62 420k 2506" $mnt/f4
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/s2/f0 2265088 0 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 364k 80k" $mnt/f4
xfs_io -c "reflink $mnt/s1/g1 88k 332k 208k" $mnt/s1/f0
xfs_io -c "fpunch 226135 148k" $mnt/f0
