# Linux 6.18 (w2329 shrunk): a data block group full at mount has no size class (read_one_block_group never caches it, so load_block_group_size_class does not run); the allocations after the remount pass it over at loop 0 where the model took it (D33)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 -b 1m 2850816 7m" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd -b 1m 33374208 12m" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 18210816 13m" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 13045760 24k" $mnt/f2
xfs_io -c "truncate 3284992" $mnt/f0
xfs_io -c "fzero -k 27242496 36k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 6348800 3m" $mnt/f4
xfs_io -f -c "pwrite -S 0xcd -b 1m 2605056 13m" $mnt/f0
xfs_io -c "falloc 8216576 10m" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x61 -b 1m 7462912 5m" $mnt/s1/f4
