# extsim conformance workload, gen.py seed 123
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 1392640 2213" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x62 416k 2330" $mnt/f1
xfs_io -c "reflink $mnt/f1 392k 844k 12k" $mnt/f1
sync
xfs_io -c "falloc 680k 200k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite 1099109 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 720k 28k 24k" $mnt/f0
xfs_io -c "truncate 2075255" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 1122304 56k 12k" $mnt/f0
xfs_io -c "fzero -k 203977 36k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1069056 1880064 364k" $mnt/f0
xfs_io -c "fzero 116k 64k" $mnt/f0
xfs_io -c "pwrite -S 0x61 24k 4m" $mnt/f1
xfs_io -c "falloc 1284735 140k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "fpunch 1413120 52k" $mnt/f0
xfs_io -c "reflink $mnt/f1 2928640 1888256 924k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x61 428k 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1669123 3230" $mnt/f2
xfs_io -c "pwrite -S 0x62 1257472 20k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x61 2854912 20k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f1 1000k 1445888 24k" $mnt/s1/f2
xfs_io -c "pwrite 2805760 28k" $mnt/s1/f0
xfs_io -f -c "pwrite 1572864 112k" $mnt/f0
xfs_io -c "falloc -k 420k 60k" $mnt/s1/f1
