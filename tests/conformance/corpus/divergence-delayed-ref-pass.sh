# Linux 6.18: a COW write drops the references of the items it replaces when its ordered extent completes, after the writeback pass: an extent made in the running transaction stays shared for the rest of the pass
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/f
chattr +C $mnt/f
xfs_io -c "pwrite -S 0x41 64k 64k" -c "fsync" $mnt/f
xfs_io -c "reflink $mnt/f 64k 0 4k" $mnt/f
xfs_io -c "pwrite -S 0x42 0 4k" -c "pwrite -S 0x43 64k 4k" -c "fsync" $mnt/f
xfs_io -c "pwrite -S 0x44 72k 4k" -c "fsync" $mnt/f
