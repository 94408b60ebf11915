# The reproducer of Linux 5.3's a94d1d0 (fstests generic/546) as a 6.x
# kernel takes it: no nospace_cache (refused with the free space tree).
# The padding is removed at the end so the probes stay cheap.
mkfs.btrfs -f $dev -b 512M > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 8k 64m" $mnt/file1
xfs_io -f -c "pwrite 0 -b 4k 512M" $mnt/padding
xfs_io -c "pwrite 1m 16m" $mnt/file1
xfs_io -c "reflink $mnt/file1 8k 0 4k" -c "fsync" $mnt/file1
xfs_io -c "fiemap -v" $mnt/padding
rm $mnt/padding
