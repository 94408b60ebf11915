# extsim conformance workload, gen.py seed 166
mkfs.btrfs -f $dev -b 512m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "reflink $mnt/f0 816k 40k 11816" $mnt/f0
xfs_io -c "fzero -k 668k 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1949696 660k 40k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4k 0 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 576k 44k" $mnt/f1
xfs_io -c "truncate 46538" $mnt/f1
xfs_io -c "reflink $mnt/f1" $mnt/f0
xfs_io -c "fpunch 40k 36k" $mnt/f1
xfs_io -c "pwrite -S 0x63 20k 16k" $mnt/f1
xfs_io -f -c "falloc 1896448 7767" $mnt/f2
xfs_io -c "dedupe $mnt/f0 12k 4k 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 1220608 1437696 16k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1183744 20k" $mnt/f3
rm $mnt/f2
xfs_io -c "fpunch 112k 4m" $mnt/f1
xfs_io -c "pwrite -S 0x63 38176 6458" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 16k 56k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 28k 48k 24k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fpunch 92080 8037" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 56k 212k" $mnt/f3
xfs_io -c "falloc -k 936k 28k" $mnt/f3
xfs_io -c "falloc -k 4k 64k" $mnt/f1
xfs_io -f -c "falloc -k 1994752 68k" $mnt/f2
sync
xfs_io -f -c "reflink $mnt/f0 64k 74422 220k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 780k 52k" $mnt/f5
xfs_io -f -c "truncate 142116" $mnt/f6
xfs_io -f -c "pwrite -S 0x61 1368064 60k" $mnt/f3
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc 456k 3446" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -f -c "truncate 1841744" $mnt/f7
xfs_io -c "pwrite -S 0x63 1057739 36k" $mnt/f4
xfs_io -c "truncate 176k" $mnt/f3
sync
