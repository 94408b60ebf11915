# Linux 6.18 (w2492 shrunk, D31): m's 48k rewrite is hinted into the medium
# group of its 2m extent, which refuses a small extent; a hinted pass never
# reaches find_free_extent's full search, so LOOP_CACHING_WAIT runs before
# LOOP_UNSET_SIZE_CLASS and takes the small group of m's first 64k over the
# 8 MiB group big's rm emptied: the 48k lies right after m's first 64k
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 -b 1m 0 7m" -c "fsync" $mnt/big
xfs_io -f -c "pwrite -S 0x62 0 64k" -c "fsync" $mnt/m
xfs_io -c "pwrite -S 0x63 -b 1m 64k 2m" -c "fsync" $mnt/m
rm -f $mnt/big
sync
xfs_io -c "pwrite -S 0x64 64k 48k" -c "fsync" $mnt/m
