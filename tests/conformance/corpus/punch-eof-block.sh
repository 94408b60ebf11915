# Punching past EOF inside the block holding EOF zeroes that block
# (btrfs_punch_hole: offset < ino_size, i_size rounded up to the block)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 3000" -c "fsync" $mnt/a
xfs_io -f -c "reflink $mnt/a 0 0 0" $mnt/b
xfs_io -c "fpunch 3000 100" -c "fsync" $mnt/a
xfs_io -f -c "pwrite -S 0x62 0 7000" -c "fsync" $mnt/c
xfs_io -f -c "reflink $mnt/c 0 0 0" $mnt/d
xfs_io -c "fpunch 2000 6000" -c "fsync" $mnt/c
xfs_io -f -c "pwrite -S 0x63 2000 1000" -c "fsync" -c "truncate 1000" -c "fpunch 1000 3000" -c "fsync" $mnt/e
