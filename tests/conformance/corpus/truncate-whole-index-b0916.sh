# Linux 6.18: the truncate to 3020 waits from 0 to the end (range_whole), writing block 0 and leaving the writeback index at 4k, so the sync writes [4k, 28k) first and block 0 after it, in another extent: the reflink of [20k, 28k) leaves block 0 unshared (D44; blocksgen.py seed 916, shrunk)
mkfs.btrfs -f $dev -b 1G > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -q -S 0x63 1439 1796" $mnt/c
xfs_io -c "truncate 3020" $mnt/c
xfs_io -c "pwrite -q -S 0x62 0 28k" $mnt/c
sync
xfs_io -c "reflink $mnt/c 20k 28k 8k" $mnt/c
