# fsxgen.py seed 241, shrunk: sync's cyclic pass COWs the clone at 40k, then wraps to 32k, which the pass's own COW still shares; the snapshot shows which
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0xcd 0 124k" $mnt/file1
xfs_io -f -c "truncate 41354" $mnt/file1
xfs_io -f -c "reflink $mnt/file1 24k 40k 12k" $mnt/file1
xfs_io -f -c "truncate 53180" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 115127 23898" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 32842 15571" $mnt/file1
sync
btrfs subvolume snapshot $mnt $mnt/snap1
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x42 18105 46254" $mnt/file1
