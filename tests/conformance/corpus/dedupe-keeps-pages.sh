# Linux 6.18: a dedupe leaves the destination's pages in the page cache (btrfs_extent_same_range truncates none, unlike btrfs_clone_files), so reading f after it loads no extent map of the deduped range (its pages are there: no btrfs_get_extent); f's append then has no allocation hint and goes to the longest free range, right after src's extent, which f now shares, not to the 36k a left (D40)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 48k" -c "fsync" $mnt/f
xfs_io -f -c "pwrite -S 0x63 0 36k" -c "fsync" $mnt/a
xfs_io -f -c "pwrite -S 0x61 0 48k" -c "fsync" $mnt/src
sync
rm $mnt/a
sync
xfs_io -c "dedupe $mnt/src 0 0 48k" $mnt/f
md5sum $mnt/f
xfs_io -c "pwrite -S 0x62 48k 4k" -c "fsync" $mnt/f
