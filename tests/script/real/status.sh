# $? in echo's words: the exit status of the command before, after
# commands that succeed and fail (xfs_io, touch, cmp), quoted and glued
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
echo $?
xfs_io -c "pwrite -q 0 4k" $mnt/missing
echo "status: $?"
touch $mnt/missing/x
echo $? $mnt
xfs_io -f -c "pwrite -q 0 4k" $mnt/a
echo "x$?y"
cmp $mnt/a $mnt/missing 2>/dev/null
echo $?
echo $?
umount $mnt
