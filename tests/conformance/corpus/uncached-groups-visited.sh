# Linux 6.18: find_free_extent's first pass after a mount only starts the caching of the uncached group A (t's 60 KiB fit there) and goes on to the medium group B, starting its caching too, before the next pass takes A; B is cached then, so the hint of b's appended 3 MiB (b's end, in B) is taken and it goes to the first fit of the window, where a was, not to B's longest free range after b (D41; without t's write, D34 puts it after b)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 8k" -c "fsync" $mnt/s
xfs_io -f -c "pwrite -S 0x62 0 4m" -c "fsync" $mnt/a
xfs_io -f -c "pwrite -S 0x63 0 4m" -c "fsync" $mnt/b
sync
rm $mnt/a
sync
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x64 0 60k" -c "fsync" $mnt/t
xfs_io -c "pread -q 0 4m" -c "pwrite -S 0x65 4m 3m" -c "fsync" $mnt/b
