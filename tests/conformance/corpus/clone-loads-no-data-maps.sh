# Linux 6.18: a clone loads no extent map of the items it makes, so the write after f's cloned data gets no allocation hint and goes right after the source's extent
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 0 36k" $mnt/a
xfs_io -f -c "pwrite -S 0x61 0 48k" $mnt/src
sync
rm $mnt/a
sync
touch $mnt/f
xfs_io -c "reflink $mnt/src 0 0 48k" $mnt/f
xfs_io -c "pwrite -S 0x62 48k 4k" -c fsync $mnt/f
