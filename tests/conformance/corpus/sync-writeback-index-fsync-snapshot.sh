# An fsync leaves a's writeback index at 8k; a's dirtied pages put it on the
# writeback lists and neither the fsync nor the snapshot's commit takes it
# off, so the idle sync visits it and wraps: the index is 0, the rewrite
# of [0, 16k) one extent (D29; without the snapshot: sync-writeback-index-reset).
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 0 8k" -c "fsync" $mnt/a
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -c "pwrite -S 0x61 0 16k" $mnt/a
sync
