mkfs.btrfs -f $dev -b 1G > /dev/null
mount -o nodatacow $dev $mnt
touch $mnt/a
xfs_io -f -c "pwrite -S 0x61 0 64k" -c "pread -v 0 20" -c "pread 60k 8k" -c "pread 0 0" -c "pwrite -b 0 0 4k" -c "pwrite 0 0" $mnt/b
btrfs subvolume create $mnt/sv
btrfs subvolume create $mnt/sv
chattr +C $mnt/sv
touch $mnt/sv/c
btrfs subvolume snapshot $mnt/sv $mnt/sv
btrfs subvolume snapshot $mnt/b $mnt/x
btrfs subvolume snapshot $mnt/nope $mnt/x
btrfs subvolume snapshot -r $mnt $mnt/ro
xfs_io -c "pwrite 0 4k" $mnt/ro/b
xfs_io -r -c "pwrite 0 4k" -c "falloc 0 4k" -c "fzero 0 4k" -c "truncate 0" -c "reflink $mnt/b" -c "fiemap -v" $mnt/ro/b
md5sum $mnt/b $mnt/ro/b $mnt/sv $mnt/ro/sv
rm $mnt/sv
rm $mnt/ro/b
xfs_io -c "fsync" $mnt/sv
xfs_io -f -c "fsync" $mnt/nodir/x
touch $mnt/nodir/x
xfs_io -c "reflink $mnt/b 0 0 0" -c "reflink $mnt/missing" -c "dedupe $mnt/b 0 0 64k" -c "dedupe $mnt/b 0 0 128k" -c "fiemap -v 0 0" $mnt/a
xfs_io -c "sync_range 0 4k" -c "sync_range -a 0 4k" -c "syncfs" $mnt/a
echo -n "no newline"
echo " then"
