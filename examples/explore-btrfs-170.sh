# The snapshot analogue (8ecebf4d767e, fstests btrfs/170) for extsim explore:
# a write into PREALLOC on a full filesystem is admitted without a data
# reservation; a snapshot then shares the extent.  Before 4.19 the snapshot
# did not flush, and the page has nowhere to go.
#   extsim explore --policy pre-4.19 examples/explore-btrfs-170.sh   # violation
#   extsim explore --policy unpatched examples/explore-btrfs-170.sh  # none
mkfs.btrfs -f $dev -b 512M > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv > /dev/null
xfs_io -f -c "falloc 0 32m" $mnt/sv/file
xfs_io -f -c "pwrite -b 1m 0 512m" $mnt/padding > /dev/null 2>&1
xfs_io -c "pwrite 0 4k" $mnt/sv/file

#@thread snapshotter
btrfs subvolume snapshot $mnt/sv $mnt/snap > /dev/null
sync
