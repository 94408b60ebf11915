# Linux 6.18 (w0283 shrunk), a known divergence (D28): f3's write into its 28k preallocation, in the middle of f3's writeback in the ENOSPC flush, gives 28k back; the waiting writer dirties 7 more pages of f2 before the pass reaches f2, which writes them with the rest (extsim: in the next pass)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
touch $mnt/f2
xfs_io -c "pwrite -b 1m 24322048 5m" $mnt/f2
xfs_io -f -c "falloc -k 4083712 28k" $mnt/f3
xfs_io -c "falloc 19599360 5m" $mnt/f3
xfs_io -c "pwrite -S 0xcd -b 1m 6979584 13m" $mnt/f3
xfs_io -c "fdatasync" $mnt/f3
xfs_io -c "pwrite -S 0x63 -b 1m 12218368 3m" $mnt/f2
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x61 -b 1m 172k 14m" $mnt/f3
xfs_io -c "pwrite -S 0x62 -b 1m 2465792 10m" $mnt/f2
