# Linux 6.18, coreutils 9.1: cp --reflink=never from sources that are not sparse (st_blocks >= size / 512): no FICLONE and no copy_file_range, read(2) in 128 KiB buffers from offset 0 and each buffer written whole by write(2); a PREALLOC range and dirty pages are copied as written data, a small file from its inline extent, a chattr +C source onto a new file, an existing destination truncated; the copies share no extent with their sources
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 300k" -c "fsync" $mnt/plain
cp --reflink=never $mnt/plain $mnt/c1
xfs_io -f -c "pwrite -S 0x61 0 300k" -c "falloc 300k 64k" -c "pwrite -S 0x62 364k 100000" -c "fsync" $mnt/prealloc
cp --reflink=never $mnt/prealloc $mnt/c2
xfs_io -f -c "pwrite -S 0x63 0 1000" -c "fsync" $mnt/small
cp --reflink=never $mnt/small $mnt/c3
xfs_io -f -c "pwrite -S 0x64 0 200k" -c "pwrite -S 0 200k 8k" -c "pwrite -S 0x65 208k 3000" $mnt/dirty
cp --reflink=never $mnt/dirty $mnt/c4
touch $mnt/nocow
chattr +C $mnt/nocow
xfs_io -c "pwrite -S 0x66 0 1m" $mnt/nocow
cp --reflink=never $mnt/nocow $mnt/c5
xfs_io -f -c "pwrite -S 0x67 0 2m" -c "fsync" $mnt/c6
cp --reflink=auto --reflink=never $mnt/plain $mnt/c6
sync
xfs_io -c "fiemap -v" $mnt/c1
xfs_io -c "fiemap -v" $mnt/c2
xfs_io -c "fiemap -v" $mnt/c3
xfs_io -c "fiemap -v" $mnt/c4
xfs_io -c "fiemap -v" $mnt/c5
xfs_io -c "fiemap -v" $mnt/c6
xfs_io -c "fiemap -v" $mnt/plain
md5sum $mnt/plain $mnt/c1 $mnt/prealloc $mnt/c2 $mnt/small $mnt/c3 $mnt/dirty $mnt/c4 $mnt/nocow $mnt/c5 $mnt/c6
