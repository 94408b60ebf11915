# Inline extents on a full filesystem: a small write still needs a block of
# data space reserved; once inline it holds none
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 100" $mnt/small
xfs_io -f -c "pwrite -S 0x62 -b 1m 0 200m" $mnt/fill
sync
xfs_io -f -c "pwrite -S 0x63 0 100" -c "fsync" $mnt/late
xfs_io -c "pwrite -S 0x64 0 50" -c "fsync" $mnt/small
xfs_io -c "pwrite -S 0x64 8k 50" -c "fsync" $mnt/small
rm $mnt/small
sync
xfs_io -f -c "pwrite -S 0x65 0 100" -c "fsync" $mnt/late2
xfs_io -f -c "reflink $mnt/late2 0 4k 0" $mnt/late3
