# rm -d (coreutils 9.1): an empty directory goes as rmdir(2) takes it
# (unlinkat AT_REMOVEDIR), a file as rm's unlink; rm's errors for what
# rmdir refuses: not empty, the mount point, a directory in a read-only
# snapshot; a missing path (silent with -f).  The empty directory a
# subvolume leaves in a snapshot goes too.  ls shows what is left.
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
mkdir -p $mnt/a/b $mnt/e
xfs_io -f -c "pwrite -q 0 64k" $mnt/f
rm -d $mnt/e $mnt/f
echo "status $?"
rm -d $mnt/a
echo "status $?"
rm -d $mnt/missing
echo "status $?"
rm -df $mnt/missing $mnt/a/b
echo "status $?"
rm -d $mnt
echo "status $?"
ls $mnt
btrfs subvolume create $mnt/sv > /dev/null
mkdir $mnt/sv/g
btrfs subvolume create $mnt/sv/nested > /dev/null
btrfs subvolume snapshot $mnt/sv $mnt/snap > /dev/null
btrfs subvolume snapshot -r $mnt/sv $mnt/ro > /dev/null
rm -d $mnt/snap/nested $mnt/snap/g
echo "status $?"
ls $mnt/snap
rm -d $mnt/ro/g
echo "status $?"
ls $mnt/ro
sync
du -s -b $mnt
umount $mnt
