# A reflink, then an overwrite of the source: the overwrite is copied to a
# new extent (COW) because the old one is shared, and the clone keeps the
# old data.  Clean under every policy; a fiemap shows who shares what.
mkfs.btrfs -f $dev > /dev/null
mount $dev $mnt

xfs_io -f -c "pwrite -S 0xaa 0 1m" -c fsync $mnt/src
xfs_io -f -c "reflink $mnt/src 0 0 1m" $mnt/clone
xfs_io -c "pwrite -S 0xbb 256k 64k" -c fsync $mnt/src

xfs_io -c "fiemap -v" $mnt/src
xfs_io -c "fiemap -v" $mnt/clone
md5sum $mnt/src $mnt/clone
umount $mnt
