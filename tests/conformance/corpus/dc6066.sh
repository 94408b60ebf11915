# extsim conformance workload, gen.py seed 6066 --drop-caches 0.08
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0xcd 7860224 4k" -c "fdatasync" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 6320128 5730304 1523712" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1703936 64k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 760k 4843" $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f0 4042752 4034560 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5509120 0 2359296" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 4431872 3756032 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 5799936 88k" $mnt/sv/g0
sync
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "falloc -k 76k 3396" $mnt/sv/g0
rm $mnt/sv/g0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0xcd 6991872 3m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "truncate 1265664" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f0 904k 7610368 340k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 932k 0 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 825957 7004" -c "fsync" $mnt/f0
xfs_io -c "falloc -k 3354624 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1208320 140k 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0 404k 568k 640k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 460k 232k" $mnt/f0
xfs_io -c "pwrite -S 0x62 388k 16k" $mnt/f0
xfs_io -f -c "pwrite 1138688 200k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 948k 4m" $mnt/f0
sync
xfs_io -c "pwrite -S 0xcd 92k 56k" $mnt/f0
xfs_io -c "falloc 7319552 36k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 6561792 108k" $mnt/f1
xfs_io -c "pwrite 5357568 88k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 3383296 0 3293184" $mnt/f1
xfs_io -c "pwrite 6656000 64k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite 7512064 64k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "falloc -k 5871229 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 200k 4k" $mnt/s1/f0
sync
echo 1 > /proc/sys/vm/drop_caches
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -f -c "truncate 7114752" $mnt/f3
sync
xfs_io -c "pwrite -S 0x62 6111232 80k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 8257536 4k" -c "fsync" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f2 740k 4784128 6762496" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x63 9420800 8k" $mnt/sv/g0
sync
xfs_io -c "fsync" $mnt/s1/f1
md5sum $mnt/s2/f2
xfs_io -c "truncate 7628738" $mnt/f0
