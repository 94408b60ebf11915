# A truncate below 4k waits for the ordered extents from i_size rounded
# down, 0: btrfs_wait_ordered_range (inode, 0, (u64)-1) writes the file
# back with range_whole, which leaves mapping->writeback_index after the
# last page it wrote.  So a's and b's dirty first block, written there,
# moves the index to 4k, and the sync after a rewrite of [0, 16k) writes
# [4k, 16k) first and [0, 4k) after it.  c's unaligned first write and
# truncate, then a rewrite and sync, show it in what a reflink shares; d's
# truncate to 5000 waits from 4k, a range, and leaves the index alone
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -q 0 8k" $mnt/a
xfs_io -c "truncate 3000" $mnt/a
xfs_io -c "pwrite -q -S 0x62 0 16k" $mnt/a
sync
xfs_io -c "fiemap -v" $mnt/a
xfs_io -f -c "pwrite -q 0 8k" -c fsync $mnt/b
xfs_io -c "pwrite -q 0 100" $mnt/b
xfs_io -c "truncate 3000" $mnt/b
xfs_io -c "pwrite -q -S 0x62 0 16k" $mnt/b
sync
xfs_io -c "fiemap -v" $mnt/b
xfs_io -f -c "pwrite -q -S 0x63 1439 1796" $mnt/c
xfs_io -c "truncate 3020" $mnt/c
xfs_io -c "pwrite -q -S 0x62 0 28k" $mnt/c
sync
xfs_io -c "reflink $mnt/c 20k 28k 8k" $mnt/c
xfs_io -c "fiemap -v" $mnt/c
stat -c "%n %s %b" $mnt/a $mnt/b $mnt/c
xfs_io -f -c "pwrite -q 0 12k" $mnt/d
xfs_io -c "truncate 5000" $mnt/d
xfs_io -c "pwrite -q -S 0x62 0 16k" $mnt/d
sync
xfs_io -c "fiemap -v" $mnt/d
umount $mnt
