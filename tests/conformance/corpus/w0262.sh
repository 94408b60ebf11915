# extsim conformance workload, gen.py seed 262
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 956k 44k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 0 1585152 916k" $mnt/f0
xfs_io -c "truncate 887476" $mnt/f0
xfs_io -c "pwrite 152k 2493" $mnt/f0
xfs_io -c "falloc -k 856k 8k" $mnt/f0
xfs_io -f -c "pwrite 886584 64k" $mnt/f0
xfs_io -c "reflink $mnt/f0 632k 48k 196k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1582107 44k" $mnt/f1
xfs_io -c "pwrite -S 0x62 284k 32k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 680k 44k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1294336 560k 108k" $mnt/f1
xfs_io -c "pwrite -S 0x62 152k 6276" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 564k 156k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 896k 904k 20k" $mnt/f0
xfs_io -c "pwrite 1167360 32k" $mnt/f1
xfs_io -c "pwrite -S 0x63 1847296 44k" $mnt/f1
xfs_io -c "pwrite -S 0x62 1851392 6772" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f1 1679360 1679360 8k" $mnt/f1
xfs_io -c "pwrite -S 0x62 764k 24k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f1 1576960 428k 28k" $mnt/s1/f0
xfs_io -c "falloc 196542 20k" $mnt/f0
xfs_io -c "fpunch 898978 48k" $mnt/s1/f0
xfs_io -c "truncate 324k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 928k 4k" $mnt/f1
xfs_io -c "falloc 680k 2437" $mnt/f0
chattr +C $mnt/s1/f0
xfs_io -c "truncate 56k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f0 604k 1413120 308k" $mnt/f1
xfs_io -c "pwrite -S 0x63 248k 12k" $mnt/s1/f0
md5sum $mnt/f1
xfs_io -c "pwrite -S 0x63 860k 4k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 1445888 2307" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 1925120 8k" $mnt/s1/g0
xfs_io -c "falloc 672k 1m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1605515 44k" $mnt/f1
xfs_io -c "falloc 148417 60k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "truncate 792005" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 140k 616k 656837" $mnt/s1/f1
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "truncate 24k" $mnt/s2/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/s1/g1" $mnt/s2/f0
