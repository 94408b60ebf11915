# Linux 6.18: f1 written and fsynced, f2 dirtied, f1 dirtied again, then
# umount: generic_shutdown_super -> sync_filesystem -> writeback_inodes_sb
# writes the files on the writeback lists oldest dirtied first, as sync's
# flusher does (D30), not in the order of btrfs's delalloc lists, which f1
# left at its fsync and joined again after f2: f1's second 64k lies right
# after its first (D32).
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 64k" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 0 64k" $mnt/f2
xfs_io -c "pwrite -S 0x63 64k 64k" $mnt/f1
umount $mnt
mount $dev $mnt
