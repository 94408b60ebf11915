# sync(1) writes each file back from where its last whole-file writeback
# stopped (mapping->writeback_index), then wraps to the start: after an
# fsync of [0, 8k) and a rewrite of [0, 16k), Linux writes [8k, 16k) and
# then [0, 8k), two extents (DIVERGENCES D13, fixed; extsim made one).
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 0 8k" -c "fsync" -c "pwrite -S 0x61 0 16k" $mnt/a
sync
xfs_io -f -c "reflink $mnt/a 0 0 4k" $mnt/b
