# Linux 6.18: storing h's 100 bytes inline updates h in the running transaction (cow_file_range_inline -> btrfs_update_inode), so h's fsync has something to log and, g's write having made a block group in that transaction (D37), commits (D20): f's next 64k go where its first 64k were, before f (D38)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 0" $mnt/h
xfs_io -f -c "pwrite -S 0x61 0 64k" $mnt/f
sync
xfs_io -c "pwrite -S 0x62 0 64k" -c "fsync" $mnt/f
xfs_io -f -c "pwrite -S 0x63 -b 1m 0 9m" $mnt/g
xfs_io -f -c "pwrite -S 0x64 0 100" -c "fsync" $mnt/h
xfs_io -c "pwrite -S 0x65 64k 64k" -c "fsync" $mnt/f
