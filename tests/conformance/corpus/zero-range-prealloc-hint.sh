# Linux 6.18: an fzero that starts inside a PREALLOC extent zeroes only what follows it, and its new extent is hinted at that extent's end on disk (btrfs_zero_range: alloc_hint = extent_map_block_start(em) + em->len), so it goes to the first free range of that group that holds it, the hole a left, not to the group's longest free range after f (D35)
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 512k" $mnt/a
sync
xfs_io -f -c "falloc 0 1m" $mnt/f
rm $mnt/a
sync
xfs_io -c "fzero 960k 320k" $mnt/f
