# extsim conformance workload, gen.py seed 6042 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0xcd 1969385 76k" $mnt/s1/g0
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x62 2473751 1764" $mnt/f0
xfs_io -c "falloc -k 2048000 8k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1228800 0 1250811" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 1020k 20k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 2265088 10581" $mnt/f0
xfs_io -c "reflink $mnt/f0 1056768 1630208 328k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 588k 12k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 2269184 1444" $mnt/f0
xfs_io -c "truncate 1663412" $mnt/f0
xfs_io -c "fzero -k 1310720 44k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 1449984 2326528 0" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 532095 44k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 4380222 228k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 1478656 16k" -c "fsync" $mnt/f0
chattr +C $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 5304320 8k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g0 468k 1690745 3340" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 3604480 4488" $mnt/f0
xfs_io -c "falloc 2605056 140k" $mnt/f1
xfs_io -c "pwrite -S 0x63 3194569 56k" -c "fsync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 6717440 228k" $mnt/f2
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite 5865628 9114" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 3076096 48k" -c "fdatasync" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
chattr +C $mnt/f2
xfs_io -c "dedupe $mnt/f0 1060864 1634304 24k" $mnt/s1/g0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -r -c "fiemap -v" $mnt/f2
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "truncate 7413729" $mnt/s1/g0
sync
xfs_io -f -c "pwrite -S 0x63 4112384 40k" $mnt/s1/g0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "pwrite 8044544 36k" $mnt/f1
xfs_io -c "fzero -k 5265687 24k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 1675264 0 16k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/g0 5197824 6946816 28k" $mnt/f2
xfs_io -c "pwrite -S 0x61 2132902 28k" $mnt/f1
xfs_io -c "dedupe $mnt/s2/f2 76k 72k 4k" $mnt/f0
xfs_io -f -c "truncate 2483994" $mnt/s1/g1
xfs_io -r -c "fiemap -v" $mnt/s1/g1
xfs_io -f -c "falloc -k 7196672 56k" $mnt/f3
xfs_io -c "truncate 7754368" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g0 2846720 6144000 4k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g1 1110016 0 24k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g0 2920448 7294976 4505569" $mnt/f0
xfs_io -c "pwrite -S 0x61 3043328 4k" $mnt/s1/g0
sync
xfs_io -c "reflink $mnt/s1/g0 1482752 3600384 12k" $mnt/s1/g0
sync
echo 3 > /proc/sys/vm/drop_caches
btrfs subvolume snapshot $mnt/sv $mnt/s3
xfs_io -c "reflink $mnt/f2 6406144 4792320 76k" $mnt/f3
xfs_io -c "pwrite -S 0x62 2351104 8668" $mnt/s1/g1
sync
xfs_io -c "truncate 1647137" $mnt/f1
xfs_io -c "pwrite -S 0x61 3131597 60k" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/s2/f1" $mnt/s3/g0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0xcd 3601059 28k" -c "fdatasync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 7714122 4k" $mnt/s1/g1
xfs_io -f -c "falloc 6217728 9916" $mnt/s3/g1
xfs_io -f -c "falloc -k 2383872 24k" $mnt/s1/g2
