# fallocate near full: all or nothing for the holes of the range (5.19+
# reserves only the holes), with and without -k, over existing extents.
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -b 1m 0 40m" -c "fsync" $mnt/fill
xfs_io -f -c "falloc 0 8m" $mnt/a
xfs_io -f -c "falloc -k 0 4m" $mnt/b
xfs_io -c "falloc 0 8m" $mnt/a
xfs_io -c "falloc 4m 8m" $mnt/a
xfs_io -c "falloc 0 2m" $mnt/b
xfs_io -c "falloc -k 4m 1m" $mnt/b
xfs_io -c "fpunch 0 1m" $mnt/a
sync
xfs_io -c "falloc 0 1m" $mnt/a
xfs_io -c "falloc 0 1m" $mnt/b
rm $mnt/fill
