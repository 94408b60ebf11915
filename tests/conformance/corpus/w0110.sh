# extsim conformance workload, gen.py seed 110
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x61 644k 8432" -c "fsync" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 108k 936k 240k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 360k 192k" $mnt/f1
xfs_io -c "pwrite 4k 4k" $mnt/f1
xfs_io -c "falloc -k 872k 7004" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 172k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x61 568k 1m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1401392 12k" $mnt/f0
xfs_io -c "pwrite 384k 36k" $mnt/f0
xfs_io -c "reflink $mnt/f1 800k 234020 2228" $mnt/f1
xfs_io -c "dedupe $mnt/f1 340k 332k 16k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 356k 8k 4k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 220k 32k" $mnt/f0
md5sum $mnt/f0
sync
sync
xfs_io -c "dedupe $mnt/f1 332k 328k 28k" $mnt/f1
xfs_io -c "pwrite -S 0x63 496k 36k" -c "fdatasync" $mnt/f1
xfs_io -c "fpunch 668k 108k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1134592 0 28k" $mnt/f0
xfs_io -c "fzero -k 487852 4k" $mnt/f0
xfs_io -c "pwrite 1482752 12k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite -S 0xcd 671951 216k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f0 404k 800k 1064960" $mnt/f1
xfs_io -c "falloc 896k 44k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1537 28k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/s1/f1 24k 1445888 1183744" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 192k 216k" -c "fdatasync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 978540 9592" $mnt/f2
sync
xfs_io -c "reflink $mnt/s1/f0 1208320 956k 364k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 1114112 180k 12k" $mnt/f0
xfs_io -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 1314816 75" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 241124 164k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "falloc -k 28k 16k" $mnt/f3
chattr +C $mnt/f1
xfs_io -c "falloc -k 1368064 3537" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -c "reflink $mnt/f3 0 916k 12k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1433600 176k 304k" $mnt/f2
xfs_io -c "reflink $mnt/f1 844k 152k 244k" $mnt/f3
xfs_io -c "pwrite -S 0x61 1691648 28k" $mnt/f1
