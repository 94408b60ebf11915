# Linux 6.18: f3's 1 MiB is freed and committed before f1's, but a mount caches the group from the free space tree in address order: g's first 1 MiB, written back without a hint from the group's start, goes where f1 was, and its next 1 MiB, hinted at the group's start (the bytes index), right after, into f2's 2 MiB freed since (D36)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 1m" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 0 2m" -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 0 1m" -c "fsync" $mnt/f3
xfs_io -f -c "pwrite -S 0x64 0 4m" -c "fsync" $mnt/f4
rm $mnt/f3
sync
rm $mnt/f1
sync
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x71 0 1m" -c "fsync" $mnt/g
rm $mnt/f2
sync
xfs_io -c "pwrite -S 0x72 1m 1m" -c "fsync" $mnt/g
xfs_io -r -c "fiemap -v" $mnt/g
