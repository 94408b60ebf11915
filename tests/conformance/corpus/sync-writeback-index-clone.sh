# The first sync writes a from 0 and takes it off the writeback lists with
# its index at 8k.  A clone into a updates it in the running transaction
# but dirties no page, so it does not put a back: the second sync does not
# visit a, the index stays 8k, and the last sync writes the rewrite as
# [8k, 16k) and then [0, 8k), two pieces (D29).
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 0 64k" $mnt/b
xfs_io -f -c "pwrite -S 0x63 0 8k" $mnt/a
sync
xfs_io -c "reflink $mnt/b 0 4k 4k" $mnt/a
sync
xfs_io -c "pwrite -S 0x61 0 16k" $mnt/a
sync
