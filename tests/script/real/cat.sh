# cat FILE > /dev/null, the reproducers' way to read a file whole: the read
# loads the extent maps of the file's items (btrfs_get_extent), and a write
# past them after a remount takes its allocation hint from them.  f and h
# are alike; after the remount only h is read before the same write, which
# then lands in the hole a's removal left at the chunk's start instead of
# the longest free range.  Then cat's error lines (a missing file, a
# directory), and several files on one line.
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -q -S 0x63 0 36k" $mnt/a
xfs_io -f -c "pwrite -q -S 0x61 0 48k" -c "truncate 352k" $mnt/f
xfs_io -f -c "pwrite -q -S 0x61 0 48k" -c "truncate 352k" $mnt/h
sync
rm $mnt/a
sync
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -q -S 0x64 0 4k" -c fsync $mnt/g
xfs_io -c "pwrite -q -S 0x62 300k 4k" -c fsync $mnt/f
cat $mnt/h > /dev/null
xfs_io -c "pwrite -q -S 0x62 300k 4k" -c fsync $mnt/h
xfs_io -c "fiemap -v" $mnt/f
xfs_io -c "fiemap -v" $mnt/h
cat $mnt/missing > /dev/null
echo "status $?"
cat $mnt > /dev/null
echo "status $?"
cat $mnt/f $mnt/missing $mnt/h &> /dev/null
echo "status $?"
cat $mnt/g $mnt/h > /dev/null && echo "both read"
md5sum $mnt/f $mnt/g $mnt/h
umount $mnt
