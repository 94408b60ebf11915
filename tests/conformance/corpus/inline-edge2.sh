# Inline extents meet regular ones: dedupe and clone of a short regular
# extent onto an inline one, a snapshot's inline file punched and grown,
# fiemap of part of an inline file
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 0 3000" -c "fsync" -c "truncate 1000" $mnt/r
xfs_io -f -c "pwrite -S 0x61 0 1000" -c "fsync" $mnt/i1
xfs_io -c "dedupe $mnt/r 0 0 1000" $mnt/i1
xfs_io -f -c "pwrite -S 0x62 0 500" -c "fsync" $mnt/i2
xfs_io -c "reflink $mnt/r 0 0 0" $mnt/i2
xfs_io -f -c "pwrite -S 0x63 0 300" -c "fsync" $mnt/sv/a
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "fpunch 10 20" -c "fsync" $mnt/s1/a
xfs_io -c "pwrite -S 0x64 5000 10" -c "fsync" $mnt/sv/a
xfs_io -c "fiemap -v 0 100" $mnt/s1/a
xfs_io -c "fiemap -v 4096 4096" $mnt/sv/a
xfs_io -c "pread -v 0 16" $mnt/s1/a
xfs_io -f -c "pwrite -S 0x65 0 2048" -c "pwrite -S 0x66 2048 1" $mnt/j
xfs_io -f -c "pwrite -S 0x65 0 1" -c "fsync" -c "pwrite -S 0x66 4095 1" -c "fsync" $mnt/k
xfs_io -f -c "pwrite -S 0x65 0 100" -c "fsync" -c "fpunch 0 100" -c "fsync" $mnt/l
