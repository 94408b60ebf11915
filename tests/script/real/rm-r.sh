# rm -r (coreutils 9.1): a directory goes with everything below it.  The
# extents only its files held are free after the next commit, and a new
# file's write reuses their blocks (filefrag); what a reflink shares
# stays.  Its errors: a missing path (silent with -f), the mount point
# itself (after everything in it is gone).
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
mkdir -p $mnt/d/e/f $mnt/keep
xfs_io -f -c "pwrite -q 0 1m" $mnt/d/a
xfs_io -f -c "pwrite -q 0 256k" $mnt/d/e/b
xfs_io -f -c "pwrite -q 0 64k" $mnt/keep/c
cp --reflink=always $mnt/d/e/b $mnt/keep/b
sync
stat -c "%s %n" $mnt
rm -r $mnt/d
echo "status $?"
ls $mnt
stat -c "%s %n" $mnt
rm -r $mnt/d $mnt/missing
echo "status $?"
rm -rf $mnt/d $mnt/missing
echo "status $?"
rm -R $mnt/keep/c
echo "status $?"
sync
xfs_io -f -c "pwrite -q 0 2m" $mnt/new
sync
filefrag -v $mnt/new $mnt/keep/b
mkdir $mnt/x
touch $mnt/x/y
rm --recursive --force $mnt/x
ls $mnt
rm -rf $mnt
echo "status $?"
ls -A $mnt
umount $mnt
