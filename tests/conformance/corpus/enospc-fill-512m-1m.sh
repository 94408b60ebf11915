# Where a fill of a 512m device stops (buffered writes of 1m; each
# write(2) copies one page at a time, so the last one is short or fails),
# then what still fits: nothing, until the fill is removed and committed.
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 -b 1m 0 512m" $mnt/fill
sync
xfs_io -f -c "pwrite 0 4k" $mnt/more
xfs_io -f -c "falloc 0 64k" $mnt/pre
xfs_io -c "fsync" $mnt/fill
rm $mnt/fill
sync
xfs_io -f -c "pwrite -S 0x62 0 64k" -c "fsync" $mnt/more
xfs_io -c "falloc 0 64k" $mnt/pre
