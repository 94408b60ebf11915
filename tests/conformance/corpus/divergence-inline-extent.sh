# A file of less than a block written at offset 0 is stored inline in
# the metadata on Linux (fiemap: INLINE|NOT_ALIGNED, no data block);
# extsim gave it a data block until DIVERGENCES D9 was fixed.
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/small
xfs_io -f -c "pwrite -S 0x61 0 2048" $mnt/max
xfs_io -f -c "pwrite -S 0x61 0 2049" $mnt/over
xfs_io -f -c "pwrite -S 0x61 0 4096" $mnt/block
