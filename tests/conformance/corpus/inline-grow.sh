# An inline extent, then the file grows or shrinks: growing rewrites block 0
# (btrfs_cont_expand) and, past max_inline, it gets a data block; within
# max_inline it stays inline.
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "pwrite -S 0x62 8k 4k" -c "fsync" $mnt/past
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "truncate 64k" -c "fsync" $mnt/up
xfs_io -f -c "pwrite -S 0x61 0 1000" -c "fsync" -c "truncate 500" -c "fsync" $mnt/down
xfs_io -f -c "pwrite -S 0x61 0 1000" -c "fsync" -c "truncate 0" -c "fsync" $mnt/zero
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "pwrite -S 0x62 100 100" -c "fsync" $mnt/append
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "pwrite -S 0x62 1000 2000" -c "fsync" $mnt/append2
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "pwrite -S 0x62 50 10" -c "fsync" $mnt/over
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "truncate 3000" -c "fsync" $mnt/up2
