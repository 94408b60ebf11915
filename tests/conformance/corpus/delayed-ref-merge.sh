# The same without the fiemap: the clone's add and drop cancel, the write goes in place
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 0 64k" $mnt/f
xfs_io -f -c "reflink $mnt/f 0 0 64k" $mnt/g > /dev/null
rm $mnt/g
xfs_io -c "pwrite -S 0x45 0 4k" -c "fsync" $mnt/f > /dev/null
