# Linux 6.18 (g2124 shrunk): as sync-writeback-index-snapshot with a
# read-only snapshot near full: the idle sync after the snapshot resets
# f0's writeback index, and the 7m rewrite is one extent in a new chunk (D29).
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 22192617 6253" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
sync
xfs_io -c "pwrite -S 0x63 -b 1m 21975040 7m" $mnt/f0
sync
