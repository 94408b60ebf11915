# Linux 6.18 (D25): an extent made and freed in one transaction, whose add and drop cancel in its delayed ref head, is only pinned at the commit (cleanup_ref_head -> btrfs_pin_extent); it is still reserved when the head of f, below it, empties the group, so btrfs_maybe_reset_size_class keeps the class (small): h's 7m goes to a new chunk and its 2m right after it
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 4k" $mnt/f
sync
rm $mnt/f
xfs_io -f -c "pwrite -S 0x62 0 4k" -c "sync_range -w 0 4k" $mnt/g
rm $mnt/g
sync
xfs_io -f -c "pwrite -S 0x63 0 7m" $mnt/h
sync
xfs_io -c "pwrite -S 0x64 7m 2m" $mnt/h
sync
