# Linux 6.18: the same with a snapshot's flush instead of the fsync, and the
# files in two subvolumes: sv/g0 stays on the writeback lists, dirtied before
# f0, and umount's writeback_inodes_sb writes it first, right after its first
# extent (D32).
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 0 64k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt/sv $mnt/s1
xfs_io -f -c "pwrite -S 0x62 0 64k" $mnt/f0
xfs_io -c "pwrite -S 0x63 64k 64k" $mnt/sv/g0
umount $mnt
mount $dev $mnt
