# Linux 6.18: a truncate drops the pages of an ordered extent none of whose pages was written (truncate_setsize -> btrfs_invalidate_folio, truncated_len 0), and btrfs_finish_one_ordered frees its extent at once (btrfs_free_reserved_extent): f's second 2m piece is free again before any commit, so g's 2m fits there in one piece (D23)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -b 2m 0 2m" -c fsync $mnt/h1
xfs_io -f -c "pwrite -b 1m 0 1m" -c fsync $mnt/k1
xfs_io -f -c "pwrite -b 2m 0 2m" -c fsync $mnt/h2
xfs_io -f -c "pwrite -b 1m 0 1m" -c fsync $mnt/k2
xfs_io -f -c "pwrite -b 1m 0 1m" -c fsync $mnt/h3
xfs_io -f -c "pwrite -b 1m 0 1m" -c fsync $mnt/k3
xfs_io -f -c "pwrite -b 1m 0 1m" -c fsync $mnt/h4
xfs_io -f -c "pwrite -b 1m 0 1m" -c fsync $mnt/k4
xfs_io -f -c "pwrite -b 1m 0 37m" $mnt/fill
sync
rm $mnt/h1 $mnt/h2 $mnt/h3 $mnt/h4
sync
xfs_io -f -c "pwrite -S 0x61 0 4m" -c "sync_range -w 0 4k" $mnt/f
xfs_io -c "truncate 4k" $mnt/f
xfs_io -f -c "pwrite -S 0x62 0 2m" -c fsync $mnt/g
