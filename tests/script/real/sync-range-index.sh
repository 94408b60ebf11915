# sync_file_range -w of [168k, 176k) runs the whole delalloc range
# [168k, 504k) but submits only its pages: those of [176k, 504k) stay dirty
# under the ordered extent, and sync's cyclic flusher pass that writes them
# leaves the file's writeback index at 504k.  So a rewrite from 420k is
# written from 504k first and [420k, 504k) then, elsewhere, as it is for b,
# whose first sync writes [168k, 504k) itself; c, whose sync_file_range
# covers all its pages, is rewritten in one extent (they leave nothing
# to the sync, whose pass wraps to 0)
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -q -S 0x61 168k 336k" $mnt/a
xfs_io -c "sync_range -w 172032 8192" $mnt/a
sync
xfs_io -c "pwrite -q -S 0x62 420k 3m" $mnt/a
sync
stat -c "%n %s %b" $mnt/a
xfs_io -c "fiemap -v" $mnt/a
xfs_io -f -c "pwrite -q -S 0x61 168k 336k" $mnt/b
sync
xfs_io -c "pwrite -q -S 0x62 420k 3m" $mnt/b
sync
stat -c "%n %s %b" $mnt/b
xfs_io -c "fiemap -v" $mnt/b
xfs_io -f -c "pwrite -q -S 0x61 168k 336k" $mnt/c
xfs_io -c "sync_range -w 0 1m" $mnt/c
sync
xfs_io -c "pwrite -q -S 0x62 420k 3m" $mnt/c
sync
stat -c "%n %s %b" $mnt/c
xfs_io -c "fiemap -v" $mnt/c
umount $mnt
