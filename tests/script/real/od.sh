# od -t x1 (coreutils 9.1) as reproducers print a file's data: -A d, o, x
# and n, -v, runs that end inside a line and on a line's end, a hole, a
# preallocated range, a reflinked block, a file shorter than a line, empty,
# missing, a directory, and the long option forms; -t x1z (fstests'
# _hexdump: od -Ax -t x1z), printable bytes and not, a short last line
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xab 0 64k" -c "pwrite -S 0x01 100 3" -c "pwrite -S 0x02 4096 16" $mnt/foo > /dev/null
xfs_io -f -c "truncate 1m" -c "pwrite -S 0xcd 512k 20" -c "falloc 600k 8k" $mnt/sparse > /dev/null
xfs_io -f -c "pwrite -S 0x41 0 10" $mnt/short > /dev/null
touch $mnt/empty
xfs_io -f -c "pwrite -S 0x62 0 8k" $mnt/bar > /dev/null
xfs_io -c "reflink $mnt/foo 0 4k 4k" $mnt/bar > /dev/null
btrfs subvolume create $mnt/dir > /dev/null
echo "foo:"
od -A d -t x1 $mnt/foo
od -A x -t x1 $mnt/foo
od -A o -t x1 $mnt/short
od -A n -t x1 $mnt/short
od -An -tx1 $mnt/foo
od -v -A d -t x1 $mnt/short
od --address-radix=d --format=x1 $mnt/empty
od -A d -t x1 $mnt/sparse
od -t x1 -A d $mnt/bar
od -A d -t x1 $mnt/missing
od -A d -t x1 $mnt/dir
od -A n -t x1 $mnt/dir
sync
umount $mnt
mount $dev $mnt
od -A d -t x1 $mnt/sparse
od -A d -t x1 -v $mnt/short
od -Ax -t x1z $mnt/foo
od -A d -t x1z $mnt/short
xfs_io -f -c "pwrite -S 0x7e 0 17" -c "pwrite -S 0x7f 3 1" -c "pwrite -S 0x20 5 1" $mnt/chars > /dev/null
od -Ax -t x1z $mnt/chars
umount $mnt
