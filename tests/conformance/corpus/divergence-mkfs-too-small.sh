# mkfs.btrfs 6.2 refuses a device under 114294784 bytes with its default
# profiles (btrfs_min_dev_size); extsim made a filesystem down to 16 MiB
# until DIVERGENCES D10 was fixed.
mkfs.btrfs -f $dev -b 100m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 0 4k" $mnt/f
