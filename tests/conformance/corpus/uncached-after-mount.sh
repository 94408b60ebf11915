# Linux 6.18: a block group in part used at a mount is left uncached (read_one_block_group), and find_free_extent does not jump to an uncached hinted group: b's appended block goes to the group's longest free range (after b), not to the hole a left, where a later allocation's hint would take it; without the umount and mount both put it where a was (D34)
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 64k" $mnt/a
xfs_io -f -c "pwrite -S 0x62 0 64k" $mnt/b
sync
rm $mnt/a
sync
umount $mnt
mount $dev $mnt
xfs_io -c "pread -q 0 64k" -c "pwrite -S 0x63 64k 4k" -c "fsync" $mnt/b
