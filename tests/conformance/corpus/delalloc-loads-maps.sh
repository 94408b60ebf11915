# Linux 6.18 (w0358 shrunk): the pages a write makes delalloc in a file with the PREALLOC flag load their extent maps (btrfs_find_new_delalloc_bytes): the part past the preallocation gets no allocation hint and goes right after it
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 0 36k" $mnt/a
xfs_io -f -c "pwrite -S 0x61 0 48k" $mnt/b
sync
rm $mnt/a
sync
xfs_io -f -c "falloc 1232896 112k" $mnt/f
xfs_io -c "pwrite -S 0x62 1282048 84k" -c "fsync" $mnt/f
