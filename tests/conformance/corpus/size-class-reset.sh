# Linux 6.18 (w0052 shrunk): a data block group whose last extent is freed loses its size class at the commit (btrfs_update_block_group -> btrfs_maybe_reset_size_class): f1's 7m goes to the start of the group f0's 12m left, not to a new chunk (D25)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 1m 27713536 12m" $mnt/f0
sync
xfs_io -c "truncate 14315520" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 8015872 240k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 -b 1m 708k 5m" $mnt/f0
xfs_io -c "reflink $mnt/f0 12484608 10345435 3m" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 22945792 7m" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "falloc -k 17539072 9m" $mnt/f0
xfs_io -c "falloc 2449558 13m" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 932k 11m" $mnt/f1
