# An inline extent, then fallocate, punch and zero range: btrfs_fallocate
# writes block 0 back while i_size is small (it stays inline), a fallocate
# past EOF makes the file PREALLOC (no inline after), punching block 0 drops it.
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "falloc 0 64k" -c "fsync" $mnt/fa
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "falloc -k 64k 64k" -c "fsync" $mnt/fk
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "falloc -k 0 4k" -c "fsync" $mnt/fk0
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "fpunch 0 50" -c "fsync" $mnt/p1
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "fpunch 0 4k" -c "fsync" $mnt/p2
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "fpunch 50 4k" -c "fsync" $mnt/p3
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "fpunch 4k 4k" -c "fsync" $mnt/p4
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" -c "fzero 10 20" -c "fsync" $mnt/z1
