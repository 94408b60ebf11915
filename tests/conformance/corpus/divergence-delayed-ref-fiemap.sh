# Linux 6.18: a clone of a preallocated file, a fiemap, the unlink of the clone: the delayed refs of the clone's add and drop do not merge across fiemap's backref walk, so the write into the extent is COWed
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 0 64k" $mnt/f
xfs_io -f -c "reflink $mnt/f 0 0 64k" $mnt/g > /dev/null
xfs_io -c "fiemap -v" $mnt/f > /dev/null
rm $mnt/g
xfs_io -c "pwrite -S 0x45 0 4k" -c "fsync" $mnt/f > /dev/null
