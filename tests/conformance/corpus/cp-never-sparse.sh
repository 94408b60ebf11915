# Linux 6.18, coreutils 9.1: cp --reflink=never from sparse sources (st_blocks < size / 512): no FICLONE, the same copy as after a failed clone: SEEK_DATA/SEEK_HOLE (a PREALLOC range without dirty pages is a hole), 128 KiB buffers, the 4 KiB chunks of zeroes within the data skipped, ftruncate to the size when the copy does not end with written data
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 1m" -c "falloc 2m 1m" -c "pwrite -S 0x62 3m 1m" -c "pwrite -S 0 3200k 200k" -c "truncate 5m" $mnt/s1
cp --reflink=never $mnt/s1 $mnt/d1
xfs_io -f -c "falloc 0 2m" -c "pwrite -S 0x63 512k 10000" -c "fsync" -c "pwrite -S 0x64 1m 8k" -c "truncate 6m" -c "pwrite -S 0x65 5m 3000" -c "pwrite -S 0 6m 100k" $mnt/s2
cp --reflink=never $mnt/s2 $mnt/d2
xfs_io -f -c "pwrite -S 0x66 1m 64k" -c "pwrite -S 0 1088k 4k" -c "truncate 2m" -c "fsync" $mnt/s3
cp --reflink=never $mnt/s3 $mnt/d3
xfs_io -f -c "truncate 3m" $mnt/s4
cp --reflink=never $mnt/s4 $mnt/d4
sync
xfs_io -c "fiemap -v" $mnt/d1
xfs_io -c "fiemap -v" $mnt/d2
xfs_io -c "fiemap -v" $mnt/d3
xfs_io -c "fiemap -v" $mnt/d4
md5sum $mnt/s1 $mnt/d1 $mnt/s2 $mnt/d2 $mnt/s3 $mnt/d3 $mnt/s4 $mnt/d4
