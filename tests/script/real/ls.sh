# ls (coreutils 9.1) into a pipe: names sorted by byte (C.UTF-8), -1, -a,
# -A, a file, an empty directory, a subvolume and the empty directory it
# leaves in a snapshot, a missing path
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
touch $mnt/B $mnt/a $mnt/_x $mnt/10 $mnt/9 $mnt/.hidden
mkdir $mnt/d $mnt/e
xfs_io -f -c "pwrite -q 0 4k" $mnt/d/f
btrfs subvolume create $mnt/sv > /dev/null
touch $mnt/sv/in
btrfs subvolume snapshot $mnt $mnt/snap > /dev/null
ls $mnt
ls -1 $mnt/d
ls -a $mnt/e
ls -A $mnt
ls $mnt/d/f
ls $mnt/snap
ls $mnt/snap/sv
ls -a $mnt/snap/sv
ls $mnt/sv
ls $mnt/missing
umount $mnt
