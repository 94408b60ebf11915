# Linux 6.18 (x0061 shrunk): the punch drops its cached pages before its items, and releasing a page drops the extent map starting at it, its part past the punch too (try_release_extent_mapping): the append finds no map, gets no allocation hint and goes right after the file's extent
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 0 36k" $mnt/a
xfs_io -f -c "pwrite -S 0x61 0 48k" $mnt/b
sync
rm $mnt/a
sync
xfs_io -f -c "pwrite -S 0x62 64k 100k" $mnt/f
sync
xfs_io -c "pwrite -S 0x64 96k 4k" $mnt/f
sync
xfs_io -c "fpunch 96k 64k" $mnt/f
xfs_io -c "pwrite -S 0x65 164k 4k" -c "fsync" $mnt/f
