# Direct writes at the edges: on a filesystem mounted nodatasum, a direct
# write over an inline extent (the direct path gives up at the inline map,
# -ENOTBLK, and the call becomes a buffered write written back at once); on
# a NOCOW file, a direct write just before dirty pages (its extent is its
# own: the pages after it stay dirty); xfs_io -d on a directory (O_DIRECT
# needs direct_IO, which a directory lacks: open fails with EINVAL and no
# command runs)
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt -o nodatasum
xfs_io -f -c "pwrite -q -S 0x61 0 100" $mnt/f
sync
xfs_io -d -c "pwrite -q -S 0x62 0 64k" $mnt/f
filefrag -v $mnt/f
od -A d -t x1 $mnt/f
touch $mnt/g
chattr +C $mnt/g
xfs_io -c "pwrite -q -S 0x61 64k 64k" $mnt/g
xfs_io -d -c "pwrite -q -b 64k -S 0x62 0 64k" $mnt/g
filefrag -v $mnt/g
mkdir $mnt/d
xfs_io -d -c "pread 0 4k" $mnt/d
echo $?
xfs_io -d -c "fsync" $mnt/d
echo $?
umount $mnt
