# extsim conformance workload, gen.py seed 6208 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 2498560 4k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x63 6512640 196k" -c "fdatasync" $mnt/f0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x63 1867776 56k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 2789376 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 6684672 5824512 4k" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 2908160 104k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 424k 64k" -c "fsync" $mnt/f0
xfs_io -c "truncate 1720320" $mnt/f0
xfs_io -c "pwrite -S 0x62 6213632 44k" -c "fdatasync" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/f0 5570560 60k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 5681152 332k 164k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2498560 60k 1523712" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 5414912 60k" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 1966080 16k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0 96k 48k 5361664" $mnt/f0
xfs_io -c "reflink $mnt/f0 4696840 4870144 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 5201920 424k 1064960" $mnt/f0
xfs_io -f -c "pwrite 4935680 10991" $mnt/f0
xfs_io -c "fpunch 2904064 196k" $mnt/f0
xfs_io -f -c "pwrite 2895872 212k" $mnt/f0
xfs_io -f -c "pwrite 1720320 2895" -c "fdatasync" $mnt/f0
sync
xfs_io -c "dedupe $mnt/s1/f0 832k 1236992 20k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
sync
sync
xfs_io -f -c "pwrite -S 0x62 8105984 7333" $mnt/f2
xfs_io -c "falloc 5557583 176k" $mnt/f2
xfs_io -c "pwrite -S 0x62 4120561 24k" -c "fdatasync" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 4263936 12k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1449984 52k 24k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 4231168 24k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 2363392 64k 16k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 5808128 6729" $mnt/f2
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/f0 5152768 1196032 1114112" $mnt/f0
xfs_io -c "pwrite -S 0x62 3026466 52k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 7897088 12k" $mnt/f3
xfs_io -c "falloc 1880064 7400" $mnt/f1
xfs_io -c "reflink $mnt/f2 5722112 2478080 116k" $mnt/f1
xfs_io -c "pwrite -S 0x61 4984832 56k" $mnt/f2
xfs_io -c "fzero 1263495 4987" $mnt/f1
touch $mnt/f4
chattr +C $mnt/f4
sync
xfs_io -c "fpunch 2899968 1m" $mnt/f3
btrfs subvolume snapshot $mnt $mnt/s2
echo 1 > /proc/sys/vm/drop_caches
