# filefrag (e2fsprogs 1.47.0): plain, -v, -s, -e; written, two extents
# contiguous on disk, preallocated, inline, empty, reflinked and partly
# rewritten, dirty over a hole (delalloc), a missing file
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 1m" $mnt/a > /dev/null
xfs_io -f -c "pwrite -S 0x62 0 64k" -c "pwrite -S 0x62 1m 64k" $mnt/b > /dev/null
xfs_io -f -c "falloc 0 256k" $mnt/c
xfs_io -f -c "pwrite -S 0x63 0 100" $mnt/d > /dev/null
touch $mnt/e
sync
xfs_io -f -c "pwrite -S 0x64 0 128k" $mnt/f > /dev/null
cp --reflink=always $mnt/a $mnt/r
xfs_io -c "pwrite -S 0x65 64k 4k" $mnt/r > /dev/null
sync
xfs_io -c "pwrite -S 0x66 8k 4k" $mnt/a > /dev/null
filefrag -v $mnt/a $mnt/b $mnt/c $mnt/d $mnt/e $mnt/r
filefrag $mnt/a $mnt/b $mnt/e
xfs_io -f -c "pwrite -S 0x67 1m 64k" $mnt/dirty > /dev/null
xfs_io -f -c "falloc 0 1m" -c "pwrite 4k 4k" $mnt/pre > /dev/null
filefrag -v $mnt/dirty $mnt/pre
filefrag -sv $mnt/dirty
filefrag -e $mnt/pre
filefrag $mnt/missing $mnt/a
umount $mnt
