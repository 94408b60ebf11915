# Linux 6.18 (w2952 shrunk): near full, a 4 KiB piece the halving of a short write leaves is small in medium groups, so LOOP_WRONG_SIZE_CLASS searches the group from its start (the bytes index): of the two 4 KiB free ranges it takes the one linked first (after the write's 784 KiB), not the rest of the hole the write's previous piece went to (D36)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 -b 1m 22323200 16m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 33148928 14m" $mnt/f1
xfs_io -f -c "fsync" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "falloc 21880276 7615" $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 21004288 16195584 8957952" $mnt/f1
xfs_io -c "falloc 10403840 224k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 -b 1m 14462976 4m" $mnt/f1
