# Linux 6.18 (w0411, D25): a fiemap between the write and the unlink walks backrefs, so the add and the drop of g's extent do not merge; its head frees it through btrfs_update_block_group, the group's last free, and btrfs_maybe_reset_size_class clears the class: h's 7m goes to the start of the emptied 8 MiB group, its 2m to a new chunk
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 4k" $mnt/f
sync
rm $mnt/f
xfs_io -f -c "pwrite -S 0x62 0 4k" -c "sync_range -w 0 4k" -c "fiemap -v" $mnt/g
rm $mnt/g
sync
xfs_io -f -c "pwrite -S 0x63 0 7m" $mnt/h
sync
xfs_io -c "pwrite -S 0x64 7m 2m" $mnt/h
sync
