# rmdir (coreutils 9.1): an empty directory goes, and its parent's size
# (each name twice) shrinks; its errors: not empty, missing, a file, a
# file on the way, the mount point, a directory in a read-only snapshot.
# The empty directory a subvolume leaves in a snapshot goes too
# (btrfs_rmdir -> btrfs_unlink_subvol).  ls shows what is left.
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
mkdir -p $mnt/a/b/c $mnt/d
touch $mnt/a/f
stat -c "%s %n" $mnt $mnt/a $mnt/a/b
rmdir $mnt/a/b/c
stat -c "%s %n" $mnt/a/b
rmdir $mnt/a
echo "status $?"
rmdir $mnt/a/b $mnt/missing $mnt/a/f $mnt/a/f/x
echo "status $?"
rmdir $mnt
echo "status $?"
stat -c "%s %n" $mnt/a
ls $mnt/a
btrfs subvolume create $mnt/sv > /dev/null
mkdir $mnt/sv/e $mnt/sv/g
btrfs subvolume create $mnt/sv/nested > /dev/null
btrfs subvolume snapshot $mnt/sv $mnt/snap > /dev/null
btrfs subvolume snapshot -r $mnt/sv $mnt/ro > /dev/null
rmdir $mnt/snap/nested $mnt/snap/e
echo "status $?"
ls $mnt/snap
stat -c "%s %n" $mnt/snap
rmdir $mnt/ro/e $mnt/ro/nested
echo "status $?"
ls $mnt/ro
rmdir $mnt/d/
ls $mnt
umount $mnt
