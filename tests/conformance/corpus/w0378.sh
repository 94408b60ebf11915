# extsim conformance workload, gen.py seed 378
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 2486272 4k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0xcd 120k 136k" $mnt/f0
chattr +C $mnt/f0
sync
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f0 56k 0 204k" $mnt/f0
xfs_io -c "falloc 8142848 1122" $mnt/f0
xfs_io -c "falloc -k 1101824 12k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
sync
rm -f $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 5066752 5685248 1335296" $mnt/f0
xfs_io -c "falloc 3174400 72k" $mnt/f0
xfs_io -c "reflink $mnt/f0 364k 2117632 2789376" $mnt/f0
xfs_io -c "truncate 2920448" $mnt/f0
xfs_io -c "fpunch 5799106 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 5730304 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 460960 5718016 84k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 3735552 208k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 2920448 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1097728 692k 44k" $mnt/f0
xfs_io -c "pwrite -S 0x62 5701632 92k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4214784 248k 840k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2945024 32k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
