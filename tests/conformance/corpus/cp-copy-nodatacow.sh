# Linux 6.18, coreutils 9.1: cp without --reflink onto an empty chattr +C file, and from a chattr +C file onto a new one: FICLONE fails (EINVAL, one file NODATASUM), the source is not sparse, so cp calls copy_file_range, which splices the page cache into buffered writes; the PREALLOC range and the hole are copied as written zeroes
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 300k" -c "falloc 300k 64k" -c "pwrite -S 0x62 364k 100000" $mnt/cow
touch $mnt/nocow
chattr +C $mnt/nocow
cp $mnt/cow $mnt/nocow
xfs_io -c "pwrite -S 0x63 0 1m" -c "fsync" $mnt/nocow
cp --reflink=auto $mnt/nocow $mnt/copy
xfs_io -f -c "pwrite -S 0x64 0 64k" -c "pwrite -S 0x65 128k 64k" -c "truncate 200k" -c "fsync" $mnt/holey
touch $mnt/nocow2
chattr +C $mnt/nocow2
cp $mnt/holey $mnt/nocow2
sync
xfs_io -c "fiemap -v" $mnt/nocow
xfs_io -c "fiemap -v" $mnt/copy
xfs_io -c "fiemap -v" $mnt/nocow2
md5sum $mnt/cow $mnt/nocow $mnt/copy $mnt/holey $mnt/nocow2
