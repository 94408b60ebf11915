# extsim conformance workload, gen.py seed 511
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0xcd 56k 1219" $mnt/f0
chattr +C $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x63 152k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 40k 740k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 168k 5198" -c "fdatasync" $mnt/f0
xfs_io -f -c "truncate 100k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 343944 52k" $mnt/f0
xfs_io -c "pwrite -S 0x63 84k 36k" $mnt/f1
xfs_io -c "reflink $mnt/f1 92k 384k 8k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 40k 28k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fzero 120k 1431" $mnt/f1
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "falloc 50641 840" $mnt/f0
xfs_io -c "falloc 512k 11865" $mnt/f0
xfs_io -f -c "pwrite 17552 176k" $mnt/f1
xfs_io -c "reflink $mnt/s1/g1 0 956k 4k" $mnt/f1
xfs_io -c "pwrite -S 0x61 244k 60k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g1 0 496k 4k" $mnt/s1/g1
xfs_io -c "fzero -k 304k 52k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1012k 156k 36k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 908k 4m" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g1 0 452k 4k" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/g0 4304896 708k 192k" $mnt/f2
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 328k 12k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g0 2895872 248k 1974272" $mnt/s1/g1
