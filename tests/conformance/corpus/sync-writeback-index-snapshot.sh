# Linux 6.18 (g2170 shrunk): the snapshot's flush writes f3 back whole and
# leaves its writeback index at the end of the data; its commit does not
# take f3 off the writeback lists (only a flusher pass does), so the sync
# after it visits f3, finds no dirty page, wraps and leaves the index at 0:
# the 4m rewrite is written from its start, one extent (D29).
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 -b 1m 860k 2m" $mnt/f3
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -f -c "pwrite -S 0x63 -b 1m 240k 4m" $mnt/f3
sync
