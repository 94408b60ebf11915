# Clone and dedupe of inline extents: shortened dedupes, onto a regular
# extent, a source with an inline extent and regular ones, NODATASUM
# destinations, a destination with a PREALLOC extent past EOF.
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/a
xfs_io -f -c "pwrite -S 0x61 0 100" -c "fsync" $mnt/b
xfs_io -c "dedupe $mnt/a 0 0 50" $mnt/b
xfs_io -f -c "pwrite -S 0x61 0 4k" -c "fsync" $mnt/c
xfs_io -c "dedupe $mnt/a 0 0 100" $mnt/c
xfs_io -c "dedupe $mnt/c 0 0 100" $mnt/b
xfs_io -f -c "pwrite -S 0x62 0 8k" -c "fsync" -c "truncate 50" -c "fsync" $mnt/d
xfs_io -c "reflink $mnt/a 0 0 100" $mnt/d
xfs_io -f -c "pwrite -S 0x62 0 1000" -c "fsync" $mnt/e
xfs_io -c "reflink $mnt/a 0 0 100" $mnt/e
xfs_io -c "reflink $mnt/a 0 4k 100" $mnt/a
xfs_io -c "reflink $mnt/a 0 8k 4k" $mnt/a
touch $mnt/n
chattr +C $mnt/n
xfs_io -c "reflink $mnt/a 0 0 0" $mnt/n
touch $mnt/n2
chattr +C $mnt/n2
xfs_io -c "reflink $mnt/a 0 4k 0" $mnt/n2
xfs_io -f -c "falloc -k 16k 4k" $mnt/p
xfs_io -c "reflink $mnt/a 0 0 0" $mnt/p
xfs_io -f -c "pwrite -S 0x63 0 200" $mnt/q
xfs_io -c "reflink $mnt/q 0 0 0" $mnt/q2
