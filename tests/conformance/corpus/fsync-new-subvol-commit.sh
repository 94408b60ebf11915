# Linux 6.18: sv is created in the running transaction (btrfs subvolume create no longer commits since 6.5), so the fsync of h, a file in it, commits (btrfs_log_inode_parent: BTRFS_LOG_FORCE_COMMIT when the root's generation is the running transaction) and frees the extent f's rewrite left pinned: f's next 64k go there, not right after f (D39)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 64k" $mnt/f
sync
btrfs subvolume create $mnt/sv
xfs_io -c "pwrite -S 0x62 0 64k" -c "fsync" $mnt/f
xfs_io -f -c "pwrite -S 0x64 0 100" -c "fsync" $mnt/sv/h
xfs_io -c "pwrite -S 0x65 64k 64k" -c "fsync" $mnt/f
