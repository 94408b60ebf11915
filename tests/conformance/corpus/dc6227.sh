# extsim conformance workload, gen.py seed 6227 --drop-caches 0.08 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x63 16023552 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "pwrite -S 0xcd 11071488 8k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
echo 1 > /proc/sys/vm/drop_caches
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 8630272 24k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 912k 13692928 5574656" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 15327232 3883008 28k" $mnt/s1/f0
xfs_io -c "pwrite 11563008 16k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 5824512 194" $mnt/f0
xfs_io -c "pwrite 9486336 8k" $mnt/s1/f0
xfs_io -f -c "falloc -k 31379456 7m" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 15790080 32k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 548k 25100650 92k" $mnt/s1/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "falloc 18108416 36k" $mnt/s1/g1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 18595840 168k" $mnt/s1/f0
xfs_io -c "falloc -k 3088384 1m" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 15968570 16k" $mnt/f1
sync
echo 3 > /proc/sys/vm/drop_caches
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 7376896 7557120 3338240" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 17641472 6499" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 -b 1m 4141056 3m" $mnt/s1/g0
md5sum $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/g1 6316032 12967936 7585792" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/g0 576k 8646656 14311424" $mnt/f0
xfs_io -c "dedupe $mnt/f1 2785280 36k 20k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 2011136 0 15640931" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x63 -b 1m 16297984 12m" -c "fdatasync" $mnt/s2/g0
xfs_io -c "truncate 2838528" $mnt/s2/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "truncate 22179840" $mnt/s2/g0
xfs_io -c "fzero 6193152 36k" $mnt/s1/f0
xfs_io -c "fzero 5922816 60k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2536516 252k" $mnt/f1
xfs_io -c "dedupe $mnt/s2/f1 2719744 64k 8k" $mnt/f0
md5sum $mnt/s1/g0
xfs_io -c "dedupe $mnt/s2/g0 16531456 2605056 32k" $mnt/f1
