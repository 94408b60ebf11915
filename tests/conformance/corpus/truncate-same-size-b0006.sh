# Linux 6.18: truncate to the size a file already has (0 here) still runs btrfs_truncate, whose btrfs_truncate_inode_items removes the extent preallocated with -k past EOF, so stat %b drops to 0 (D42; blocksgen.py seed 6)
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 3129344 8010" $mnt/a
xfs_io -c "truncate 0" $mnt/a
stat -c "%n %s %b" $mnt/a
du -s $mnt
