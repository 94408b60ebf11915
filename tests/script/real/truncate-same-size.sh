# truncate (xfs_io, ftruncate) to the size a file already has: btrfs_setsize
# still runs btrfs_truncate, whose btrfs_truncate_inode_items removes the
# extents past the size rounded up to a block, here preallocated with -k,
# so st_blocks drops; for an empty file and files with dirty, written back,
# preallocated and 3000-byte data, the size aligned and not
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 1m 8k" $mnt/a
xfs_io -c "truncate 0" $mnt/a
stat -c "%n %s %b" $mnt/a
xfs_io -f -c "pwrite -q 0 8k" -c "falloc -k 64k 16k" $mnt/b
xfs_io -c "truncate 8k" $mnt/b
stat -c "%n %s %b" $mnt/b
xfs_io -f -c "pwrite -q 0 5000" -c "falloc -k 0 64k" $mnt/c
stat -c "%n %s %b" $mnt/c
xfs_io -c "truncate 5000" $mnt/c
stat -c "%n %s %b" $mnt/c
xfs_io -f -c "pwrite -q 0 5000" -c "fsync" -c "falloc -k 0 64k" $mnt/d
stat -c "%n %s %b" $mnt/d
xfs_io -c "truncate 5000" $mnt/d
stat -c "%n %s %b" $mnt/d
xfs_io -f -c "falloc 0 20000" -c "falloc -k 0 64k" $mnt/e
stat -c "%n %s %b" $mnt/e
xfs_io -c "truncate 20000" $mnt/e
stat -c "%n %s %b" $mnt/e
xfs_io -f -c "pwrite -q 0 8k" -c "falloc -k 64k 16k" $mnt/f
sync
xfs_io -c "truncate 8k" $mnt/f
stat -c "%n %s %b" $mnt/f
xfs_io -f -c "pwrite -q 0 3000" -c "falloc -k 64k 16k" $mnt/g
xfs_io -c "truncate 3000" $mnt/g
stat -c "%n %s %b" $mnt/g
xfs_io -f -c "pwrite -q 0 3000" $mnt/h
sync
xfs_io -c "falloc -k 64k 16k" $mnt/h
stat -c "%n %s %b" $mnt/h
xfs_io -c "truncate 3000" $mnt/h
stat -c "%n %s %b" $mnt/h
xfs_io -c "fiemap -v" $mnt/c
xfs_io -c "fiemap -v" $mnt/e
xfs_io -c "fiemap -v" $mnt/h
umount $mnt
mount $dev $mnt
stat -c "%n %s %b" $mnt/a $mnt/b $mnt/c $mnt/d $mnt/e $mnt/f $mnt/g $mnt/h
umount $mnt
