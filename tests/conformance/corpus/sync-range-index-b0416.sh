# Linux 6.18: the sync_range -w runs the whole delalloc range [168k, 504k) but submits only [168k, 176k); sync writes the rest and leaves the writeback index at 504k, so the last sync writes the rewrite from 504k first and [420k, 504k) then, elsewhere (D43; blocksgen.py seed 416, shrunk)
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -q -S 0x61 168k 336k" $mnt/a
xfs_io -f -c "sync_range -w 172032 8192" $mnt/a
sync
xfs_io -f -c "pwrite -q -S 0x62 432359 3m" $mnt/a
sync
