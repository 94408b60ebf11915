# Linux 6.18: as bytes-index-order, with a umount and mount before f grows: the mount loads the free space in address order (load_free_space_extents), so f's second MiB goes where b was, right after its first (D36)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 1m" -c "fsync" $mnt/f
xfs_io -f -c "pwrite -S 0x62 0 1m" -c "fsync" $mnt/b
xfs_io -f -c "pwrite -S 0x63 0 1m" -c "fsync" $mnt/c
xfs_io -f -c "pwrite -S 0x64 0 1m" -c "fsync" $mnt/d
xfs_io -f -c "pwrite -S 0x65 0 4m" -c "fsync" $mnt/e
rm $mnt/d
sync
rm $mnt/b
sync
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x66 1m 1m" -c "fsync" $mnt/f
