# Linux 6.18 (w0283 shrunk): the ENOSPC flush's pass writes f3 into its 28k preallocation in place, which gives 28k back; the waiting writer dirties 7 more pages of f2 at once, and the next pass writes them in the small free pieces left before the commit (btrfs_async_reclaim_data_space)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -b 1m 24322048 5m" $mnt/f2
xfs_io -f -c "falloc -k 4083712 28k" $mnt/f3
xfs_io -c "falloc 19599360 5m" $mnt/f3
xfs_io -c "pwrite -S 0xcd -b 1m 6979584 13m" $mnt/f3
xfs_io -c "fdatasync" $mnt/f3
xfs_io -c "pwrite -S 0x63 -b 1m 12218368 3m" $mnt/f2
xfs_io -c "pwrite -S 0x61 -b 1m 172k 14m" $mnt/f3
xfs_io -c "pwrite -S 0x62 -b 1m 2465792 10m" $mnt/f2
