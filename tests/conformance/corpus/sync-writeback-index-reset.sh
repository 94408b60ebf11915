# A sync between an fsync and a rewrite visits the file (on the writeback
# lists since its pages were dirtied: only a sync's pass takes it off), finds
# no dirty page from the writeback index on, wraps, finds none and leaves 0:
# the next sync writes the rewrite from 0, one extent (extent_write_cache_pages).
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 0 8k" -c "fsync" $mnt/a
sync
xfs_io -c "pwrite -S 0x61 0 16k" $mnt/a
sync
xfs_io -f -c "reflink $mnt/a 0 0 4k" $mnt/b
