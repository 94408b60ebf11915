# echo N > /proc/sys/vm/drop_caches.  1 drops the clean pages of the page
# cache; 2 evicts the inodes that have no page cached and are clean; 3
# does both.  An evicted inode's mapping goes with it, and so does the
# writeback index it kept: a, written, synced and evicted by 3, is
# rewritten from 0 in one extent; b, not evicted, is written from its
# index (8k) first and then from 0: two extents.  1 alone leaves c its
# inode, and 2 alone leaves e its inode (its clean pages are still
# cached).  A file only fsynced (f) stays dirty until the sync: not
# evicted.  g's pages are dirty when the caches are dropped: they stay.
# sysctl (procps-ng 4.0.2) writes the same switch, and prints it unless -q.
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -q -S 0x61 0 8k" $mnt/a
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -q -S 0x62 0 16k" $mnt/a
xfs_io -f -c "pwrite -q -S 0x61 0 8k" $mnt/b
sync
xfs_io -c "pwrite -q -S 0x62 0 16k" $mnt/b
sync
xfs_io -c "fiemap -v" $mnt/a
xfs_io -c "fiemap -v" $mnt/b
xfs_io -f -c "pwrite -q -S 0x61 0 8k" $mnt/c
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -q -S 0x62 0 16k" $mnt/c
sync
xfs_io -c "fiemap -v" $mnt/c
xfs_io -f -c "pwrite -q -S 0x61 0 8k" $mnt/e
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -q -S 0x62 0 16k" $mnt/e
sync
xfs_io -c "fiemap -v" $mnt/e
xfs_io -f -c "pwrite -q -S 0x61 0 8k" -c fsync $mnt/f
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -q -S 0x62 0 16k" $mnt/f
sync
xfs_io -c "fiemap -v" $mnt/f
xfs_io -f -c "pwrite -q -S 0x61 0 8k" $mnt/g
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fiemap -v" $mnt/g
sync
xfs_io -c "fiemap -v" $mnt/g
xfs_io -f -c "pwrite -q -S 0x61 0 8k" $mnt/h
sync
sysctl -w vm.drop_caches=3
sysctl -q vm.drop_caches=1
xfs_io -c "pwrite -q -S 0x62 0 16k" $mnt/h
sync
xfs_io -c "fiemap -v" $mnt/h
md5sum $mnt/a $mnt/b $mnt/c $mnt/e $mnt/f $mnt/g $mnt/h
umount $mnt
