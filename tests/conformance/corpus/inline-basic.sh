# Small files at offset 0 are stored inline (inode.c cow_file_range_inline,
# can_cow_file_range_inline): up to max_inline (2048) bytes that are the whole
# file; 2049 bytes or a file starting past block 0 get a data block.
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/small
xfs_io -f -c "pwrite -S 0x61 0 2048" -c "fsync" $mnt/max
xfs_io -f -c "pwrite -S 0x61 0 2049" -c "fsync" $mnt/over
xfs_io -f -c "pwrite -S 0x61 0 1000" -c "pwrite -S 0x62 500 1000" -c "fsync" $mnt/runs
xfs_io -f -c "pwrite -S 0x63 1000 100" -c "fsync" $mnt/mid
xfs_io -f -c "pwrite -S 0x64 4096 100" -c "fsync" $mnt/second
xfs_io -f -c "pwrite -S 0x65 0 3000" -c "truncate 1000" -c "fsync" $mnt/shrunk
xfs_io -f -c "pwrite -S 0x66 0 8k" -c "fsync" -c "truncate 1000" -c "pwrite -S 0x67 0 10" -c "fsync" $mnt/rewritten
xfs_io -f -c "pwrite -S 0x68 0 100" $mnt/nosync
sync
xfs_io -c "fiemap -v" $mnt/small
