# Linux 6.18 (w0455 shrunk): the fsync whose writeback made a data chunk commits the transaction (btrfs_make_block_group sets log_full_commit, btrfs_sync_file commits): the 108k it freed is free again at once, g takes it and g's second write lies right after its first
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 0 108k" -c "fdatasync" $mnt/f
xfs_io -c "pwrite -S 0xcd -b 1m 0 4m" -c "fsync" $mnt/f
xfs_io -f -c "pwrite -S 0x61 0 64k" -c "fsync" $mnt/g
sync
xfs_io -c "pwrite -S 0x62 64k 64k" -c "fsync" $mnt/g
