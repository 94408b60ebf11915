# mkdir (coreutils 9.1): plain, -p, -v, nested, in a subvolume and a
# read-only snapshot, its errors; chattr +C on a directory: the files and
# directories made in it later are NOCOW (btrfs_inherit_iflags): an
# overwrite after a sync stays in place, as filefrag shows, where a COW
# file's moves
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
mkdir $mnt/a
mkdir $mnt/a
mkdir $mnt/x/y
mkdir -p $mnt/x/y/z
mkdir -p $mnt/x/y
mkdir -v $mnt/v
mkdir -pv $mnt/p/q
touch $mnt/f
mkdir $mnt/f
mkdir -p $mnt/f/g
mkdir -p $mnt/f
mkdir $mnt/f/g
mkdir $mnt
xfs_io -f -c "pwrite -q 0 4k" $mnt/x/y/z/file
md5sum $mnt/x/y/z/file
btrfs subvolume create $mnt/sv > /dev/null
mkdir $mnt/sv/d
btrfs subvolume snapshot -r $mnt/sv $mnt/snap > /dev/null
mkdir $mnt/snap/e
mkdir $mnt/snap/d/e
mkdir $mnt/nocow
chattr +C $mnt/nocow
mkdir $mnt/nocow/sub
xfs_io -f -c "pwrite -q 0 64k" $mnt/nocow/sub/g
xfs_io -f -c "pwrite -q 0 64k" $mnt/nocow/h
xfs_io -f -c "pwrite -q 0 64k" $mnt/a/k
sync
rm $mnt/a
rm -f $mnt/a
xfs_io -c "pwrite -q 0 4k" $mnt/nocow/sub/g
xfs_io -c "pwrite -q 0 4k" $mnt/nocow/h
xfs_io -c "pwrite -q 0 4k" $mnt/a/k
sync
filefrag -v $mnt/nocow/sub/g $mnt/nocow/h $mnt/a/k
umount $mnt
