# Linux 6.18: g's first 1 MiB goes to the front of f1's 2 MiB, the longest free range; what it leaves is linked into the bytes index after f3's 1 MiB, freed a commit earlier, so g's next 1 MiB, hinted at the group's start (the bytes index again), goes where f3 was, not right after (D36)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 2m" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 0 1m" -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 0 1m" -c "fsync" $mnt/f3
xfs_io -f -c "pwrite -S 0x64 0 4m" -c "fsync" $mnt/f4
rm $mnt/f3
sync
rm $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x71 0 1m" -c "fsync" $mnt/g
xfs_io -c "pwrite -S 0x72 1m 1m" -c "fsync" $mnt/g
xfs_io -r -c "fiemap -v" $mnt/g
