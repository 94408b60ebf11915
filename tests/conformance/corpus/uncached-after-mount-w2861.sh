# Linux 6.18 (w2861 shrunk): after a mount the falloc -k's zeroed end block, hinted into an uncached group, goes to the group's longest free range, not to the 16 KiB the first write's extent left free (D34)
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 220k 16k" $mnt/f1
xfs_io -c "reflink $mnt/f1 72k 112k 176k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 203526 44k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "falloc -k 239629 52k" $mnt/f1
