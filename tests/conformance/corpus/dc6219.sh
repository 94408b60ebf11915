# extsim conformance workload, gen.py seed 6219 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 500k 6464" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 312k 236k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f0 0 60k 12k" $mnt/s1/f1
xfs_io -c "fpunch 64k 10351" $mnt/f1
xfs_io -c "dedupe $mnt/f1 532k 312k 12k" $mnt/f1
xfs_io -c "truncate 94215" $mnt/s1/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 52k 12k 20k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 72k 3352" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f1 140k 500k 244k" $mnt/f1
xfs_io -c "pwrite -S 0x63 508k 3569" $mnt/s1/f1
echo 1 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite 594158 64k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f0 76k 0 16k" $mnt/s1/f0
xfs_io -c "falloc 78411 12k" $mnt/s1/f1
xfs_io -c "truncate 540856" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "dedupe $mnt/s1/f0 24k 4k 8k" $mnt/f1
touch $mnt/s2/g0
chattr +C $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x62 11362 56k" -c "fdatasync" $mnt/s1/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 508k 8k" $mnt/f1
rm $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 36k 128k 65543" $mnt/f2
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 420k 24k" $mnt/s2/f1
xfs_io -c "fsync" $mnt/s2/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x61 236k 1m" $mnt/s1/f1
xfs_io -c "reflink $mnt/f0 388k 904k 44k" $mnt/s1/f0
chattr +C $mnt/s2/g0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -r -c "fiemap -v" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0xcd 64k 56k" $mnt/s2/f2
xfs_io -c "reflink $mnt/s2/g0 0 436k 4k" $mnt/f2
xfs_io -c "falloc -k 565497 20k" $mnt/s3/f0
xfs_io -c "truncate 109096" $mnt/s2/f1
xfs_io -c "fsync" $mnt/s3/f2
