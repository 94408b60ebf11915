# Linux 6.18, coreutils 9.1: whether cp's copy after a failed clone follows the holes depends on st_blocks (every file extent item, PREALLOC past EOF too, plus dirty bytes over holes) against the size: a file with a hole whose KEEP_SIZE prealloc past EOF fills st_blocks is copied in full, holes written as zeroes; a small file copied from its inline extent; dirty data over a hole counts as allocated, so its zeroes are written; and from a chattr +C file onto a new one
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 256k" -c "pwrite -S 0x62 768k 256k" -c "falloc -k 1m 1m" -c "fsync" $mnt/keep
touch $mnt/d1
chattr +C $mnt/d1
cp $mnt/keep $mnt/d1
xfs_io -f -c "pwrite -S 0x61 0 256k" -c "pwrite -S 0x62 768k 256k" -c "fsync" $mnt/holes
touch $mnt/d2
chattr +C $mnt/d2
cp $mnt/holes $mnt/d2
xfs_io -f -c "pwrite -S 0x63 0 1000" -c "fsync" $mnt/small
touch $mnt/d3
chattr +C $mnt/d3
cp $mnt/small $mnt/d3
xfs_io -f -c "pwrite -S 0 0 64k" -c "pwrite -S 0x65 64k 64k" $mnt/dirty
touch $mnt/d4
chattr +C $mnt/d4
cp $mnt/dirty $mnt/d4
touch $mnt/d5
cp $mnt/d4 $mnt/d5
sync
xfs_io -c "fiemap -v" $mnt/d1
xfs_io -c "fiemap -v" $mnt/d2
xfs_io -c "fiemap -v" $mnt/d3
xfs_io -c "fiemap -v" $mnt/d4
xfs_io -c "fiemap -v" $mnt/d5
md5sum $mnt/keep $mnt/d1 $mnt/holes $mnt/d2 $mnt/small $mnt/d3 $mnt/dirty $mnt/d4 $mnt/d5
