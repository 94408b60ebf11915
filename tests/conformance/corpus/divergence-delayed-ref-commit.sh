# Linux 6.18: a reference dropped in the running transaction keeps the extent shared for the NOCOW check until the commit (check_committed_ref, check_delayed_ref): the second rewrite is COWed
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/f
chattr +C $mnt/f
xfs_io -c "pwrite -S 0x41 64k 64k" $mnt/f
sync
xfs_io -c "reflink $mnt/f 64k 0 4k" $mnt/f
sync
xfs_io -c "pwrite -S 0x42 0 4k" -c "fdatasync" $mnt/f
xfs_io -c "pwrite -S 0x43 64k 4k" -c "fdatasync" $mnt/f
sync
xfs_io -c "pwrite -S 0x44 72k 4k" -c "fsync" $mnt/f
