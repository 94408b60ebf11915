# Two threads, one bad order.  On a full filesystem, A's write into the
# PREALLOC extent goes NOCOW without a reservation; B clones a block of
# that extent.  B then A: the extent is already shared, A's write fails
# with ENOSPC at once (no harm done).  A then B: A's dirty page is left in
# an extent that is now shared.  The explorer finds the second order.
mkfs.btrfs -f $dev -b 512M > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 0 8m" $mnt/a
xfs_io -f -c "pwrite -b 1m 0 512m" $mnt/padding > /dev/null 2>&1

#@thread A
xfs_io -c "pwrite 1m 4k" $mnt/a

#@thread B
xfs_io -f -c "reflink $mnt/a 0 0 4k" $mnt/b
