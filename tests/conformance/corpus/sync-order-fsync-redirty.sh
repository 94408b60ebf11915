# Linux 6.18: f1 written and fsynced, f2 dirtied, f1 dirtied again: f1 has
# been on the writeback lists since its first write (the fsync writes pages,
# not the inode), so sync's flusher pass writes f1 before f2 and f1's second
# 64k lies right after its first (D30).
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 64k" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 0 64k" $mnt/f2
xfs_io -c "pwrite -S 0x63 64k 64k" $mnt/f1
sync
