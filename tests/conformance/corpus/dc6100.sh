# extsim conformance workload, gen.py seed 6100 --drop-caches 0.08 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 -b 1m 28098560 1m" $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 4340651 88k" $mnt/f0
xfs_io -c "falloc 10846208 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 19218432 40k" $mnt/f1
xfs_io -f -c "pwrite 14999552 56k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 14315520 4m" $mnt/f1
xfs_io -c "fpunch 10846208 56k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "falloc 14946304 148k" $mnt/f1
xfs_io -c "fpunch 7262208 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 2699264 28k 8k" $mnt/f0
sync
xfs_io -c "falloc 1404928 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd -b 1m 10268672 3m" $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
sync
xfs_io -c "reflink $mnt/f1 6905856 14774272 11702272" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 720k 2m" $mnt/f1
xfs_io -c "pwrite -b 1m 15503360 15m" $mnt/f1
xfs_io -c "pwrite -S 0x63 19519360 4k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f1 12108912 24195072 84k" $mnt/f0
xfs_io -c "pwrite -S 0x62 5664768 32k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 26750976 1m" $mnt/f0
xfs_io -c "fpunch 24190976 40k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 30855168 6963200 352k" $mnt/f2
xfs_io -c "reflink $mnt/f1 28172288 28155904 32k" $mnt/f1
xfs_io -c "falloc -k 1560576 48k" $mnt/f0
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x63 9191424 24k" $mnt/f3
sync
xfs_io -c "falloc 5697536 20k" $mnt/f3
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x62 -b 1m 9084928 15m" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s1
btrfs subvolume snapshot $mnt $mnt/s2
sync
echo 3 > /proc/sys/vm/drop_caches
sync
xfs_io -c "reflink $mnt/f3 4833280 12890112 1081344" $mnt/s2/f1
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fzero -k 916k 9956" $mnt/s1/f2
xfs_io -c "pwrite -S 0x62 11972608 4k" $mnt/s2/f4
xfs_io -c "falloc -k 7m 13m" $mnt/f3
md5sum $mnt/s2/f2
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 20861385 252k" $mnt/f1
