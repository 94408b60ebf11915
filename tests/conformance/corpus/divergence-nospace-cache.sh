# mount -o nospace_cache is refused by Linux on a filesystem with the free
# space tree (mkfs.btrfs's default since btrfs-progs 5.15); extsim accepts
# and ignores it so that old reproducers run (DIVERGENCES D12).
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt -o nospace_cache
xfs_io -f -c "pwrite 0 64k" $mnt/f
