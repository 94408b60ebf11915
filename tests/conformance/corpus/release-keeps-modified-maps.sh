# Linux 6.18: as release-drops-maps, with the writes written back by sync_file_range in the running transaction: the maps writeback made are on the modified list and stay, and the append, hinted by the one past the punch, goes to the first free range
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 0 36k" $mnt/a
xfs_io -f -c "pwrite -S 0x61 0 48k" $mnt/b
sync
rm $mnt/a
sync
xfs_io -f -c "pwrite -S 0x62 64k 100k" -c "sync_range -w 64k 100k" $mnt/f
xfs_io -c "pwrite -S 0x64 96k 4k" -c "sync_range -w 96k 4k" $mnt/f
xfs_io -c "fpunch 96k 64k" $mnt/f
xfs_io -c "pwrite -S 0x65 164k 4k" -c "fsync" $mnt/f
