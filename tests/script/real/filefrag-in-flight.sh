# filefrag -v (fiemap without FIEMAP_FLAG_SYNC) while an ordered extent
# is in flight: sync_file_range of the first page of a new file's dirty
# pages allocates the whole delalloc range and submits that page alone;
# the btree has no item until the rest is written, so the range is
# delalloc, one with the dirty pages next to it; then filefrag -s, which
# writes the file back first; and dirty pages over a hole and over a
# preallocated range next to it: two delalloc extents, one each (fiemap
# merges delalloc within one gap of the btree only)
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -q -S 0x61 0 32k" $mnt/a
xfs_io -c "sync_range -w 0 4k" $mnt/a
filefrag -v $mnt/a
xfs_io -f -c "pwrite -q -S 0x62 0 64k" $mnt/b
xfs_io -c "sync_range -w 16k 4k" $mnt/b
filefrag -v $mnt/b
filefrag -s -v $mnt/a
filefrag -v $mnt/b
xfs_io -f -c "falloc 64k 64k" $mnt/c
sync
xfs_io -c "pwrite -q -S 0x63 0 128k" $mnt/c
filefrag -v $mnt/c
umount $mnt
