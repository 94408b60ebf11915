# extsim conformance workload, gen.py seed 6282 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 5443584 3m" $mnt/sv/g0
xfs_io -c "falloc -k 628k 140k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 8351744 52k" $mnt/sv/g0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/sv/g0 3391488 44k 32k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 2973696 7856128 28k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 4804608 64k" $mnt/sv/g0
xfs_io -c "truncate 6504448" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 6307840 4366336 124k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 2187460 28k" $mnt/sv/g0
xfs_io -f -c "truncate 4074492" $mnt/sv/g1
sync
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x62 6242304 52k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 2035712 12k 12k" $mnt/sv/g0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x63 2932736 16k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 3997696 48k" $mnt/sv/g0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 3761029 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 2940928 56k" $mnt/sv/g1
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x63 1728512 44k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 932k 0 5345280" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 2953216 5341184 8k" $mnt/sv/g1
xfs_io -c "truncate 4238924" $mnt/sv/g1
xfs_io -c "falloc -k 2158592 20k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 1064960 156k" -c "fsync" $mnt/sv/g0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 8028160 164k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 2854912 1609728 676k" $mnt/sv/g0
xfs_io -c "truncate 3014626" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 2523136 1159168 2072576" $mnt/sv/g1
sync
xfs_io -c "falloc -k 1660732 12k" $mnt/sv/g0
xfs_io -c "falloc 3198976 44k" $mnt/sv/g1
