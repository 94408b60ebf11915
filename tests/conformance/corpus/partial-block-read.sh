# Linux 6.18 (w0220 shrunk): 351 bytes at a block boundary read that block (prepare_uptodate_folio), which caches its hole map: the snapshot's writeback of f2 gets no allocation hint
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 516k 36k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 304k 48k" $mnt/f2
xfs_io -c "fsync" $mnt/f1
rm $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x62 20k 4447" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 584k 64k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0xcd 28k 16k" $mnt/s2/f2
