# sync FILE (coreutils 9.1): fsync, -d fdatasync, -f syncfs; what each
# leaves dirty shows in filefrag (no FIEMAP_FLAG_SYNC: delalloc stays)
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1m 64k" $mnt/a > /dev/null
xfs_io -f -c "pwrite -S 0x62 1m 64k" $mnt/b > /dev/null
xfs_io -f -c "pwrite -S 0x63 1m 64k" $mnt/c > /dev/null
sync $mnt/a
filefrag -v $mnt/a $mnt/b $mnt/c
sync -d $mnt/b
filefrag $mnt/b $mnt/c
xfs_io -f -c "pwrite -S 0x64 0 64k" $mnt/d > /dev/null
sync -f $mnt/a
filefrag -v $mnt/c $mnt/d
sync $mnt/missing $mnt/a
sync --data $mnt/nope
sync -f
