# The shape of fstests btrfs/170 (fixed in Linux 4.19 by 8ecebf4d767e):
# a NOCOW write into a preallocated extent on a full filesystem, then a
# snapshot.  The snapshot shares every extent of the subvolume, so pages
# admitted without a data reservation can no longer be written in place.
mkfs.btrfs -f -b 1G $dev > /dev/null
mount $dev $mnt

# A file with a 4 MiB preallocated extent, beyond its size
xfs_io -f -c "falloc -k 0 4M" $mnt/foobar
# Fill all the remaining data space
xfs_io -f -c "pwrite -b 4M 0 1G" $mnt/filler > /dev/null 2>&1

# Write into the prealloc extent: no data space, so NOCOW without reservation
xfs_io -c "pwrite -S 0xab 0 4M" $mnt/foobar

btrfs subvolume snapshot -r $mnt $mnt/snap > /dev/null

echo "File digest after snapshot creation:"
md5sum $mnt/foobar
umount $mnt
mount $dev $mnt
echo "File digest after remount:"
md5sum $mnt/foobar
