# rmdir -p (coreutils 9.1): after DIR, each directory of its path, up
# from the deepest, until one fails: a parent with something else in it,
# else the mount point (busy), whose failure says "directory" and ends
# the walk with exit status 1.  A trailing slash is no component.  A
# failure at DIR itself is rmdir's.  ls shows what is left.
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
mkdir -p $mnt/a/b/c $mnt/d/e $mnt/x/y
touch $mnt/d/f
rmdir -p $mnt/a/b/c
echo "status $?"
rmdir -p $mnt/d/e
echo "status $?"
rmdir -p $mnt/x/y/
echo "status $?"
rmdir -p $mnt/missing/z $mnt/d/f
echo "status $?"
ls $mnt
ls $mnt/d
umount $mnt
