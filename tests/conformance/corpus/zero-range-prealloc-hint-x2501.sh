# Linux 6.18 (x2501 of fsxgen.py shrunk): the second fzero starts in the falloc's PREALLOC extent, and its new extent, hinted at that extent's end, goes to the 600 KiB the first writes left free at the start of the group, not after the falloc's extent (D35)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x44 550363 384059" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 148k 376k" $mnt/file0
xfs_io -f -c "fzero 313944 645702" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "falloc -k 118387 3336655" $mnt/file0
xfs_io -f -c "fzero 2222186 1752792" $mnt/file0
