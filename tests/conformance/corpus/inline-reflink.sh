# Clone and dedupe from and to inline extents (reflink.c
# clone_copy_inline_extent, copy_inline_to_page).
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/a
xfs_io -f -c "reflink $mnt/a 0 0 0" $mnt/b
xfs_io -f -c "reflink $mnt/a 0 0 4k" $mnt/b2
xfs_io -f -c "reflink $mnt/a 0 4k 0" $mnt/c
xfs_io -f -c "pwrite -S 0x62 0 8k" -c "fsync" -c "reflink $mnt/a 0 0 0" $mnt/d
xfs_io -f -c "pwrite -S 0x62 0 8k" -c "fsync" -c "reflink $mnt/a 0 8k 0" $mnt/e
xfs_io -f -c "pwrite -S 0x62 0 50" -c "fsync" -c "reflink $mnt/a 0 0 0" $mnt/f
xfs_io -f -c "pwrite -S 0x62 0 3000" -c "fsync" -c "reflink $mnt/a 0 0 0" $mnt/g
xfs_io -f -c "pwrite -S 0x62 0 8k" -c "fsync" $mnt/h
xfs_io -c "reflink $mnt/h 0 0 4k" $mnt/a
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/i
xfs_io -c "dedupe $mnt/i 0 0 100" $mnt/b
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/j
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/k
xfs_io -c "dedupe $mnt/j 0 0 100" $mnt/k
xfs_io -f -c "pwrite -S 0x61 0 100" -c "reflink $mnt/a 0 0 0" $mnt/l
