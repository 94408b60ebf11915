# Space freed by rm comes back at the next commit; a write that does not
# fit makes the reservation path commit, so it succeeds without a sync.
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -b 1m 0 150m" $mnt/x
sync
xfs_io -f -c "pwrite -b 1m 0 100m" $mnt/y
rm $mnt/x
xfs_io -c "pwrite -b 1m 0 100m" $mnt/y
xfs_io -f -c "pwrite -S 0x61 0 1m" -c "fsync" $mnt/z
rm $mnt/y
