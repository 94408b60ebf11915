# gen.py seed 2861, minimised (8 of 50 lines); see README.md, P1
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 220k 16k" $mnt/f1
xfs_io -c "reflink $mnt/f1 72k 112k 176k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 203526 44k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "falloc -k 239629 52k" $mnt/f1
