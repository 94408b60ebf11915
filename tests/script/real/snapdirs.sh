# A snapshot of a subvolume with directories made by mkdir: the files at
# every depth, the NOCOW flag of a directory, a subvolume inside as an
# empty directory (nothing can be made in it: no file, directory,
# subvolume or snapshot, and chattr cannot read its flags); a snapshot of
# a directory that is no subvolume
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv > /dev/null
mkdir -p $mnt/sv/d/e
xfs_io -f -c "pwrite -q -S 0x11 0 8k" $mnt/sv/d/e/f
btrfs subvolume create $mnt/sv/d/nested > /dev/null
xfs_io -f -c "pwrite -q -S 0x22 0 8k" $mnt/sv/d/nested/g
mkdir $mnt/sv/nc
chattr +C $mnt/sv/nc
btrfs subvolume snapshot $mnt/sv $mnt/snap
md5sum $mnt/snap/d/e/f
md5sum $mnt/snap/d/nested/g
touch $mnt/snap/d/nested/h
mkdir $mnt/snap/d/nested/x
xfs_io -f -c "pwrite -q 0 64k" $mnt/snap/nc/k
sync
xfs_io -c "pwrite -q 0 4k" $mnt/snap/nc/k
sync
filefrag $mnt/snap/nc/k
btrfs subvolume snapshot $mnt/sv/d $mnt/snap2
btrfs subvolume snapshot $mnt/snap/d/nested $mnt/snap3
btrfs subvolume create $mnt/snap/d/nested/x
btrfs subvolume snapshot $mnt/sv $mnt/snap/d/nested/y
chattr +C $mnt/snap/d/nested
stat -c "%s %b %F" $mnt/snap/d/nested
rm $mnt/snap/d/nested
umount $mnt
