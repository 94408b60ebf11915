# extsim conformance workload, gen.py seed 505
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 4k 404k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1134592 52k" $mnt/f0
xfs_io -f -c "falloc -k 292k 248k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 0 0 28k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1753088 44k" $mnt/f1
xfs_io -c "truncate 172406" $mnt/f0
xfs_io -c "fzero -k 464k 8170" $mnt/f1
xfs_io -c "reflink $mnt/f1 8k 4k 1691648" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f1 228k 1515520 1572864" $mnt/f0
xfs_io -c "pwrite -S 0x61 1589248 7255" $mnt/s1/f0
sync
xfs_io -c "pwrite -S 0x63 240k 6347" -c "fsync" $mnt/s1/f1
xfs_io -c "pwrite 84k 108k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0xcd 668k 128k" $mnt/f2
xfs_io -c "falloc 529373 204k" $mnt/f2
xfs_io -c "pwrite -S 0x63 1030273 244k" -c "fsync" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f1 140k 700k 1667072" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f1 1m 512k 548k" $mnt/f1
xfs_io -c "pwrite 664k 3796" $mnt/s1/f0
xfs_io -c "falloc 380k 160k" $mnt/f2
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/g1 0 1368064 4k" $mnt/f3
xfs_io -c "dedupe $mnt/f0 1077248 1081344 32k" $mnt/f0
xfs_io -c "reflink $mnt/f2 124k 312k 284k" $mnt/f2
xfs_io -c "pwrite -S 0x62 659352 28k" -c "fdatasync" $mnt/f3
xfs_io -c "pwrite -S 0x63 1851392 24k" $mnt/f3
xfs_io -c "falloc 676k 16k" $mnt/f2
xfs_io -c "pwrite -S 0x63 980k 52k" $mnt/f3
xfs_io -c "dedupe $mnt/f2 196k 0 604k" $mnt/s1/f1
xfs_io -c "falloc 912k 212k" $mnt/s1/g1
