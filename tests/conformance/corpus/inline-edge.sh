# Inline extents: zero range, truncate within max_inline, chattr +C on a
# non-empty file, unlink, a remount.
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "fzero 0 4k" -c "fsync" $mnt/z0
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "fzero 0 8k" -c "fsync" $mnt/z8
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "fzero -k 0 4k" -c "fsync" $mnt/zk
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "truncate 1000" -c "fsync" $mnt/t1
xfs_io -f -c "pwrite -S 0x61 0 100" -c "truncate 5000" -c "truncate 100" -c "fsync" $mnt/t2
xfs_io -f -c "pwrite -S 0x61 0 1500" -c "fsync" -c "pwrite -S 0x62 1000 1048" -c "fsync" $mnt/w1
xfs_io -f -c "pwrite -S 0x61 0 1500" -c "fsync" -c "pwrite -S 0x62 1000 1049" -c "fsync" $mnt/w2
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/ch
chattr +C $mnt/ch
xfs_io -c "pwrite -S 0x62 0 10" -c "fsync" $mnt/ch
xfs_io -f -c "pwrite -S 0x61 0 100" $mnt/rm
rm $mnt/rm
xfs_io -f -c "pwrite -S 0x61 0 300" $mnt/um
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x62 4k 10" -c "fsync" $mnt/um
