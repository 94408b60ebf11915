# extsim conformance workload, gen.py seed 6261 --drop-caches 0.08
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 6582937 24k" -c "fsync" $mnt/f0
xfs_io -c "falloc 2970794 56k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 4501504 1m" $mnt/f1
xfs_io -c "reflink $mnt/f1 4714496 4722688 20k" $mnt/f1
sync
xfs_io -c "reflink $mnt/f1 2482176 180k 1130496" $mnt/f1
xfs_io -c "fzero 2838528 4k" $mnt/f1
xfs_io -c "reflink $mnt/f0 2859008 5111808 1712128" $mnt/f1
xfs_io -c "pwrite -S 0x62 2723840 44k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 4456448 40k" -c "fdatasync" $mnt/f1
xfs_io -c "falloc -k 6250496 40k" $mnt/f0
xfs_io -c "reflink $mnt/f1 764k 1012k 4837376" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 7660528 3m" $mnt/f2
xfs_io -c "dedupe $mnt/f1 2326528 0 4501504" $mnt/f2
sync
xfs_io -f -c "pwrite 6742016 60k" $mnt/f3
xfs_io -c "pwrite -S 0x61 688k 56k" $mnt/f3
xfs_io -c "dedupe $mnt/f0 4145152 60k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 2166784 48k 28k" $mnt/f0
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "falloc -k 1806336 44k" $mnt/f4
xfs_io -c "fpunch 1769746 2m" $mnt/f4
xfs_io -c "dedupe $mnt/f1 3428352 0 3399680" $mnt/f1
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f2 9252864 0 1557488" $mnt/f2
xfs_io -c "pwrite -S 0xcd 1548288 4k" $mnt/f3
sync
xfs_io -c "pwrite -S 0x62 6381568 164k" $mnt/f4
xfs_io -c "dedupe $mnt/f2 5902336 12k 24k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x63 9609216 36k" $mnt/f2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 2309232 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1265664 64k" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 -b 1m 4935680 3m" $mnt/f6
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f3 796k 1077248 4333568" $mnt/f3
sync
xfs_io -f -c "pwrite -S 0x63 6881280 244k" $mnt/f3
umount $mnt
mount $dev $mnt
xfs_io -c "falloc -k 168k 20k" $mnt/f6
btrfs subvolume snapshot $mnt $mnt/s2
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 4878336 20k" $mnt/s2/f2
xfs_io -c "falloc -k 2768896 56k" $mnt/s2/f3
xfs_io -c "reflink $mnt/f5 492k 2854912 32k" $mnt/s2/f4
xfs_io -c "falloc -k 7485368 8534" $mnt/f2
xfs_io -c "fpunch 3608576 96k" $mnt/f6
xfs_io -c "pwrite -S 0x62 5488640 44k" $mnt/s2/f3
xfs_io -c "dedupe $mnt/f3 6254592 0 28k" $mnt/s2/f2
touch $mnt/s2/g0
chattr +C $mnt/s2/g0
md5sum $mnt/f0
xfs_io -c "fzero -k 6201344 7953" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0xcd 2875392 152k" $mnt/f7
xfs_io -c "dedupe $mnt/f6 4247552 52k 24k" $mnt/f0
xfs_io -c "fpunch 5427200 20k" $mnt/s2/g0
xfs_io -c "reflink $mnt/f0 2990080 6602752 60k" $mnt/f0
xfs_io -c "reflink $mnt/f6 1691648 4894720 6397952" $mnt/s2/f3
xfs_io -c "falloc -k 2582554 60k" $mnt/f7
xfs_io -f -c "falloc -k 7159808 1m" $mnt/s2/g1
xfs_io -c "pwrite -S 0x63 1073152 28k" $mnt/s2/f5
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/s2/f4
sync
xfs_io -c "dedupe $mnt/f0 140k 960k 20k" $mnt/f4
sync
echo 2 > /proc/sys/vm/drop_caches
