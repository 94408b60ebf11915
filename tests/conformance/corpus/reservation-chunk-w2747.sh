# Linux 6.18 (w2747 shrunk, another disagreement than the one of bytes-index-order-w2747): the data total grows at the writes (ALLOC_CHUNK_FORCE), so s1/g0's fdatasync commits as in the transaction that made a block group (D20), and the 208 KiB the reflink's flush of f0 allocated and dropped are free again for the writeback of the probes (D37)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 -b 1m 10141696 8m" $mnt/sv/g0
xfs_io -f -c "falloc -k 17817600 40k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd -b 1m 22265856 8m" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 12587008 11m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1411554 4k" $mnt/f1
xfs_io -c "reflink $mnt/f1 68k 30441472 1208320" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 23584768 12m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 10948608 2m" $mnt/sv/g2
xfs_io -f -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 -b 1m 2658304 14m" $mnt/s1/g0
