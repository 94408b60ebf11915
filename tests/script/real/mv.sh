# mv (coreutils 9.1): rename(2) of a file.  A rename that replaces a file
# with bytes first starts the writeback of the file moved over it
# (btrfs_rename -> filemap_flush): "new" takes its blocks at the mv, ahead
# of "a", written before it, which the sync writes back later
# (filefrag).  A rename onto a name that is free flushes nothing ("e").
# Into a directory, onto itself, a missing source, a missing directory.
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -q 0 64k" $mnt/old
sync
xfs_io -f -c "pwrite -q 0 128k" $mnt/a
xfs_io -f -c "pwrite -q 0 32k" $mnt/new
mv $mnt/new $mnt/old
xfs_io -f -c "pwrite -q 0 16k" $mnt/b
xfs_io -f -c "pwrite -q 0 8k" $mnt/e
mv $mnt/e $mnt/f
sync
filefrag -v $mnt/old $mnt/a $mnt/b $mnt/f
md5sum $mnt/old
mv $mnt/a $mnt/c
mv $mnt/missing $mnt/x
echo "status $?"
mv $mnt/c $mnt/c
mkdir $mnt/d
mv $mnt/c $mnt/d
ls $mnt
mv -f $mnt/b $mnt/d/
mv $mnt/d/c $mnt/nodir/c
mv $mnt/f $mnt/d
echo "status $?"
ls $mnt/d
umount $mnt
