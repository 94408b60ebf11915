# Reflink and dedupe on a full filesystem need no data space; an
# overwrite of the shared range afterwards does.
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 -b 1m 0 2m" -c "fsync" $mnt/a
xfs_io -f -c "pwrite -S 0x61 -b 1m 0 2m" -c "fsync" $mnt/b
xfs_io -f -c "pwrite -b 1m 0 128m" $mnt/fill
sync
xfs_io -f -c "reflink $mnt/a 0 0 1m" $mnt/c
xfs_io -c "dedupe $mnt/a 0 0 2m" $mnt/b
xfs_io -c "pwrite -S 0x62 0 64k" -c "fsync" $mnt/c
xfs_io -c "pwrite -S 0x62 1m 64k" -c "fsync" $mnt/a
rm $mnt/fill
sync
xfs_io -c "pwrite -S 0x62 0 64k" -c "fsync" $mnt/c
