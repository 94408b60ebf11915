# Linux 6.18: a data block group full at mount has no size class (read_one_block_group marks it cached at once, so no caching thread runs load_block_group_size_class); after f's second 4m is freed, g's second 1m passes the full group over at loop 0 and lies right after its first in the second group, not in the hole (D33)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 4m" -c "fsync" $mnt/f
xfs_io -c "pwrite -S 0x62 4m 4m" -c "fsync" $mnt/f
xfs_io -f -c "pwrite -S 0x63 0 1m" -c "fsync" $mnt/g
umount $mnt
mount $dev $mnt
xfs_io -c "truncate 4m" $mnt/f
sync
xfs_io -c "pwrite -S 0x64 1m 1m" -c "fsync" $mnt/g
xfs_io -r -c "fiemap -v" $mnt/g
