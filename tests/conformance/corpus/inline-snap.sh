# A snapshot of files with inline extents: copied, never SHARED.
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/sv/a
xfs_io -f -c "pwrite -S 0x61 0 100" $mnt/sv/b
btrfs subvolume snapshot $mnt/sv $mnt/snap
xfs_io -c "pwrite -S 0x62 0 10" -c "fsync" $mnt/snap/a
xfs_io -c "pwrite -S 0x62 8k 10" -c "fsync" $mnt/sv/b
