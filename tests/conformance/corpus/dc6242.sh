# extsim conformance workload, gen.py seed 6242 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 1016k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 280k 9905" $mnt/f0
xfs_io -c "pwrite -S 0x61 148k 148k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 76k 76k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 80k 200k" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 20k 644k 4k" $mnt/f1
xfs_io -c "reflink $mnt/f0 336k 292k 704k" $mnt/f1
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f0 288k 576k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 873295 136k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 768862 28k" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 168k 168k 28k" $mnt/f1
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "truncate 1016035" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite 432k 64k" -c "fsync" $mnt/f0
md5sum $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 516k 128k 0" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f2
sync
echo 2 > /proc/sys/vm/drop_caches
