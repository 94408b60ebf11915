# extsim conformance workload, gen.py seed 374 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 17956864 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 32514048 4k" $mnt/f0
xfs_io -c "fpunch 25534464 236k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "falloc -k 4695211 6m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 24k" $mnt/f0
xfs_io -c "pwrite -S 0x63 15781888 48k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 4370432 11157504 8400896" $mnt/f1
xfs_io -c "truncate 6297871" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 12341248 148k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 896k 232k" $mnt/f0
xfs_io -c "reflink $mnt/f0 11673600 6201344 4161536" $mnt/f1
xfs_io -c "reflink $mnt/f1 11612160 1249280 28k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 4116480 8204288 16k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 20587172 8k" $mnt/f1
md5sum $mnt/f2
xfs_io -c "reflink $mnt/f2" $mnt/f1
xfs_io -c "falloc -k 12062720 256k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f2
sync
xfs_io -c "fsync" $mnt/f2
xfs_io -c "pwrite -S 0x63 -b 1m 4374528 9m" $mnt/f2
xfs_io -c "falloc 6664585 64k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 11444224 3076096 16k" $mnt/f0
xfs_io -c "pwrite -S 0x61 9294246 36k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1303571 3562487 72k" $mnt/f0
xfs_io -c "fpunch 27963892 52k" $mnt/f1
xfs_io -c "fpunch 5127604 6830" $mnt/f2
xfs_io -c "pwrite -S 0x63 12395919 52k" $mnt/f0
xfs_io -f -c "falloc -k 32813056 8m" $mnt/f3
xfs_io -c "fpunch 11063616 20k" $mnt/f1
xfs_io -c "pwrite -S 0x61 354371 32k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 26689536 24k" $mnt/f4
btrfs subvolume snapshot -r $mnt $mnt/s1
rm $mnt/f3
xfs_io -c "reflink $mnt/f2 12017664 12025856 20k" $mnt/f2
xfs_io -c "falloc 6447104 4m" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f4 23887872 4972544 508k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 -b 1m 29356032 14m" $mnt/f3
xfs_io -c "reflink $mnt/f0 10031104 4014080 1228800" $mnt/f4
chattr +C $mnt/f3
xfs_io -c "fpunch 12085742 6931" $mnt/f1
xfs_io -c "fpunch 36630528 64k" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/s1/f3
