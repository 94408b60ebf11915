# P2 (pending/README.md): h made before the sync; Linux commits at h's fsync of an inline write (a block group was made at g's write, D36/D20), extsim does not
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 0" $mnt/h
xfs_io -f -c "pwrite -S 0x61 0 64k" $mnt/f
sync
xfs_io -c "pwrite -S 0x62 0 64k" -c "fsync" $mnt/f
xfs_io -f -c "pwrite -S 0x63 -b 1m 0 9m" $mnt/g
xfs_io -f -c "pwrite -S 0x64 0 100" -c "fsync" $mnt/h
xfs_io -c "pwrite -S 0x65 64k 64k" -c "fsync" $mnt/f
