# DESIGN section 1 (upstream a94d1d0, fstests generic/546) for extsim explore:
# the setup fills the filesystem and leaves one NORESERVE page in the
# PREALLOC extent; the reflink and the fsync run as a thread, and the
# explorer may write file1 back or commit on its own around them.
#   extsim explore --policy unpatched examples/explore-a94d1d0.sh    # violation
#   extsim explore --policy patched examples/explore-a94d1d0.sh      # none
mkfs.btrfs -f $dev -b 512M > /dev/null
mount $dev $mnt -o nospace_cache
xfs_io -f -c "falloc 8k 64m" $mnt/file1
xfs_io -f -c "pwrite 0 -b 4k 512M" $mnt/padding
xfs_io -c "pwrite 1m 16m" $mnt/file1

#@thread A
xfs_io -c "reflink $mnt/file1 8k 0 4k" -c "fsync" $mnt/file1
