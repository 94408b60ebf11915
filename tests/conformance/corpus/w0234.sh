# extsim conformance workload, gen.py seed 234
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 5816320 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 20k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 1866627 40k" $mnt/f0
xfs_io -c "pwrite -S 0x61 80k 3m" $mnt/f0
xfs_io -c "pwrite -S 0x61 3002368 252k" $mnt/f0
xfs_io -c "truncate 216k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc 0 204k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 504k 16k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 236k 1m" $mnt/f0
xfs_io -c "pwrite -S 0x61 58174 28k" $mnt/f0
xfs_io -c "pwrite 2191360 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 140k 6553600 116k" $mnt/f0
xfs_io -c "fzero 2325550 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 3506176 60k" -c "fsync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "truncate 7036928" $mnt/f0
xfs_io -c "pwrite -S 0x63 1232896 92k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 7512064 40k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 4676094" $mnt/f0
xfs_io -c "pwrite -S 0x63 7770112 148k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0xcd -b 1m 1208320 4m" $mnt/f1
xfs_io -c "fzero -k 4968448 11750" $mnt/f1
xfs_io -c "fpunch 4321280 76k" $mnt/f0
xfs_io -c "falloc 2780995 16k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 4976640 140k" $mnt/f1
xfs_io -c "falloc -k 8224768 112k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 3309568 16k 24k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 6045696 3429796 1592" $mnt/s1/f0
md5sum $mnt/f1
chattr +C $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 1114112 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 956k 24k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "falloc 3390673 64k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1077248 20k" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s2/f1 2568192 1208320 12k" $mnt/s2/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "pwrite -S 0x61 672866 20k" $mnt/s1/f0
xfs_io -c "pwrite 2912256 44k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 1515520 64k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2887680 44k" $mnt/f0
