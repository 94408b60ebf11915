# extsim conformance workload, gen.py seed 92
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "pwrite -S 0x61 -b 1m 2662400 3m" -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 4046848 2682880 12k" $mnt/sv/g0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "pwrite -S 0x62 3452553 24k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/sv/g0 5480448 2699264 4k" $mnt/s1/g0
xfs_io -c "falloc 912k 9858" $mnt/s1/g0
xfs_io -c "falloc -k 8306688 44k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 4075520 44k" -c "fsync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 736k 20k 32k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 848k 5570560 3432448" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 2618185 172k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/s1/g0 8757248 0 244k" $mnt/sv/g0
xfs_io -c "truncate 6692864" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "dedupe $mnt/s1/g0 1712128 52k 32k" $mnt/s1/g0
rm $mnt/sv/g0
xfs_io -c "fzero -k 616k 4k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 2170880 5816320 24k" $mnt/s1/g0
xfs_io -c "falloc -k 1171213 4m" $mnt/s1/g0
xfs_io -c "falloc -k 7704576 4391" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 7925760 36k" $mnt/sv/g0
xfs_io -c "fpunch 892k 4157" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 5047189 8044" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 2318336 12179" $mnt/s1/g0
xfs_io -c "falloc -k 1097728 28k" $mnt/s1/g0
rm $mnt/sv/g0
sync
xfs_io -c "pwrite 6197248 8k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 6351465 2m" $mnt/s1/g0
sync
xfs_io -f -c "pwrite 496k 252k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g1 316k 6148096 444k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 2363392 11221" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 5922816 60k" $mnt/s1/g2
xfs_io -c "reflink $mnt/s1/g2 3211264 1679360 1921024" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 1723807 64k" $mnt/s1/g1
xfs_io -c "falloc 5849088 60k" $mnt/s1/g1
rm -f $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x62 492k 84k" $mnt/s1/g1
xfs_io -c "falloc -k 5505024 52k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 -b 1m 2039808 2m" $mnt/s1/g2
xfs_io -c "pwrite -S 0xcd 7041024 60k" $mnt/s1/g2
xfs_io -r -c "fiemap -v" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g1 204k 548k 384k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 1037509 52k" $mnt/s1/g2
xfs_io -c "pwrite -S 0x62 436k 2407" $mnt/s1/g1
xfs_io -f -c "reflink $mnt/s1/g1 372k 1146880 0" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g2
