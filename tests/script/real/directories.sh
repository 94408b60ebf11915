mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -q 0 4k" $mnt/f
btrfs subvolume create $mnt/sv > /dev/null
xfs_io -c fsync -c fdatasync -c "sync_range 0 4k" -c sync -c "fiemap -v" -c "pread 0 4k" -c "pwrite 0 4k" -c "falloc 0 4k" -c "fpunch 0 4k" -c "fzero 0 4k" -c "truncate 0" -c "reflink $mnt/f" -c "reflink $mnt/f 0 0 4k" -c "dedupe $mnt/f 0 0 4k" $mnt/sv
echo done
touch $mnt/file
btrfs subvolume snapshot $mnt/sv $mnt/file
btrfs subvolume snapshot $mnt/sv $mnt/nodir/snap
btrfs subvolume snapshot -r $mnt/sv $mnt/ro
btrfs subvolume snapshot $mnt/sv $mnt/ro/inner
btrfs subvolume create $mnt/ro/inner
umount $mnt
