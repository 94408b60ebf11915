# Linux 6.18: of two free ranges of one length, find_free_space's bytes index gives the one linked into it first (link_free_space puts an equal range after the others): d's hole, freed at the first commit, takes f's second MiB, not b's, freed at the second, right after f's first (D36)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 1m" -c "fsync" $mnt/f
xfs_io -f -c "pwrite -S 0x62 0 1m" -c "fsync" $mnt/b
xfs_io -f -c "pwrite -S 0x63 0 1m" -c "fsync" $mnt/c
xfs_io -f -c "pwrite -S 0x64 0 1m" -c "fsync" $mnt/d
xfs_io -f -c "pwrite -S 0x65 0 4m" -c "fsync" $mnt/e
rm $mnt/d
sync
rm $mnt/b
sync
xfs_io -c "pwrite -S 0x66 1m 1m" -c "fsync" $mnt/f
