# extsim conformance workload, gen.py seed 492
mkfs.btrfs -f $dev -b 512m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite -S 0x63 700k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1196032 8k" $mnt/f1
sync
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "falloc 1470464 60k" $mnt/f2
xfs_io -c "pwrite -S 0x61 712k 36k" $mnt/f2
xfs_io -c "pwrite -S 0x63 176k 3m" -c "fdatasync" $mnt/f1
xfs_io -c "falloc 188k 60k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
sync
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1761280 4615" $mnt/f3
sync
xfs_io -c "reflink $mnt/f3 1056768 2325584 4605" $mnt/f1
xfs_io -c "pwrite -S 0x63 1294336 623" $mnt/f2
xfs_io -c "falloc -k 1052672 108k" $mnt/f3
xfs_io -f -c "falloc -k 472k 48k" $mnt/f4
xfs_io -c "fzero -k 88k 52k" $mnt/f1
xfs_io -c "dedupe $mnt/f3 1000k 32k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f3 0 1617920 1388544" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
rm -f $mnt/f2
xfs_io -c "pwrite -S 0x63 1609728 256k" -c "fdatasync" $mnt/f3
xfs_io -f -c "reflink $mnt/f0 140k 56k 2871296" $mnt/f2
xfs_io -c "pwrite -S 0xcd 1507328 16k" $mnt/f4
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f3 140k 784k 548k" $mnt/f2
xfs_io -c "reflink $mnt/f2 848k 288k 44k" $mnt/f4
xfs_io -c "falloc 1290240 212k" $mnt/f4
xfs_io -c "falloc 1056768 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 176k 4k" $mnt/f1
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f2 864k 140k 420k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1630208 68k" $mnt/f0
xfs_io -c "reflink $mnt/f4 964k 976k 32k" $mnt/f4
xfs_io -c "fzero 700k 24k" $mnt/f3
xfs_io -c "falloc -k 2021035 188k" $mnt/f3
xfs_io -c "fpunch 620k 32k" $mnt/f2
xfs_io -c "truncate 1323008" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f3 840k 12k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 324k 886788 32k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "reflink $mnt/f2 396k 112k 352k" $mnt/s1/g0
rm $mnt/s1/f4
xfs_io -c "dedupe $mnt/f2 604k 0 732k" $mnt/s1/f1
xfs_io -f -c "reflink $mnt/f2 928k 1056768 68k" $mnt/s1/g1
xfs_io -c "truncate 1069056" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 156k 68k 8k" $mnt/f4
xfs_io -c "falloc 910490 36k" $mnt/s1/g0
xfs_io -c "pwrite 1077248 32k" $mnt/s1/f2
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "dedupe $mnt/f2 612k 72k 20k" $mnt/s1/f0
xfs_io -c "falloc 1458176 60k" $mnt/s2/f1
xfs_io -c "truncate 428k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 498542 252k" -c "fdatasync" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0xcd 824k 12k" -c "fdatasync" $mnt/f5
xfs_io -c "fpunch 1671168 28k" $mnt/s2/f1
xfs_io -c "pwrite -S 0x61 2101248 64k" $mnt/s2/f1
xfs_io -c "fdatasync" $mnt/s1/g1
xfs_io -f -c "truncate 1674783" $mnt/s2/g0
