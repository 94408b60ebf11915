# extsim conformance workload, gen.py seed 6026 --drop-caches 0.08 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 3137536 4k" $mnt/f0
sync
xfs_io -c "truncate 26681344" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "dedupe $mnt/f0 12292096 0 28k" $mnt/f0
xfs_io -c "falloc -k 3129344 1m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 21700608 9453568 1851392" $mnt/f0
xfs_io -c "reflink $mnt/f0 11509760 23826432 7168000" $mnt/f0
xfs_io -c "dedupe $mnt/f0 7397376 0 23601152" $mnt/f0
xfs_io -f -c "falloc -k 2600960 108k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 9154560 40k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 28544494 3m" $mnt/f1
sync
xfs_io -c "dedupe $mnt/f0 5849088 0 25149440" $mnt/f0
chattr +C $mnt/f0
md5sum $mnt/f0
sync
xfs_io -c "dedupe $mnt/f1 27254784 32k 32k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x63 1216512 60k" $mnt/f2
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 360k 56k" $mnt/f2
sync
xfs_io -c "truncate 16035840" $mnt/f2
echo 1 > /proc/sys/vm/drop_caches
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 860k 5m" $mnt/f2
xfs_io -c "dedupe $mnt/f2 11984896 4k 8k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f0 17043456 56k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 3166208 828" $mnt/f2
xfs_io -c "falloc -k 9404416 1998" $mnt/f1
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "pwrite -S 0xcd 2113536 52k" -c "fsync" $mnt/f1
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f1 31195136 472k 260k" $mnt/f2
xfs_io -c "truncate 7266304" $mnt/f2
chattr +C $mnt/f2
xfs_io -f -c "pwrite -S 0x63 -b 1m 9977856 12m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 5353486 3m" $mnt/f2
xfs_io -c "pwrite -S 0xcd 14540800 8k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
