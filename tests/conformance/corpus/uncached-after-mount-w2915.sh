# Linux 6.18 (w2915 shrunk): after a mount the end block falloc -k zeroes, hinted into an uncached group, goes to its longest free range, not to a range a punch freed before the mount; the next allocation follows its hint again (D34)
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 884k 40k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 311462 60k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "fpunch 196k 2m" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 496301 80k" $mnt/s3/g0
umount $mnt
mount $dev $mnt
xfs_io -c "falloc -k 396k 204k" $mnt/s3/g0
