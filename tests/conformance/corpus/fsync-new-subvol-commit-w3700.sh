# Linux 6.18 (w3700 of gen.py shrunk): sv is created in the running transaction, so g0's fdatasync commits (btrfs_log_inode_parent: the root's generation is the running transaction); the truncate frees g0's 7 MiB in a later transaction, and f0's fsync commits (a new block group) and takes the mkfs group's size class away: near full, f0's second piece goes to the 16 MiB group and g0's 14 MiB write is cut in two, not put whole into that group (D39)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 -b 1m 6647808 7m" $mnt/sv/g0
xfs_io -f -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc 3489792 2m" $mnt/sv/g0
xfs_io -f -c "falloc 23019520 12k" $mnt/f0
xfs_io -c "truncate 1217693" $mnt/sv/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 27574272 14m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 -b 1m 13258752 16m" $mnt/f0
