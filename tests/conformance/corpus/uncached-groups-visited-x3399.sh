# Linux 6.18 (x3399 of fsxgen.py shrunk): the fdatasync's 60 KiB after the mount goes to the small group, but the search that found it passed the medium group and started its caching, so the part of the last write past the PREALLOC extent, hinted at that extent, goes to the first fit of the window, the 4 MiB the truncated writes left at the group's start, not to the group's longest free range after that extent (D41)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 64k 2025 4091" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 5105155 3659462" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 9494634 742208" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 1192k 1032k 20k" $mnt/file0
xfs_io -f -c "truncate 800459" $mnt/file0
xfs_io -f -c "falloc 14916518 1117" $mnt/file0
xfs_io -f -c "falloc 7057723 3958810" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 1000 10880k 60k" $mnt/file0
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 10546695 5147231" $mnt/file0
