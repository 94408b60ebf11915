# Linux 6.18: a mount loads no extent map, so the write after f2's data gets no allocation hint (btrfs_get_extent_allocation_hint) and goes to the longest free range, right after f2's extent
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 0 36k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 0 48k" -c "truncate 352k" $mnt/f2
sync
rm $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x62 48k 351" -c fsync $mnt/f2
