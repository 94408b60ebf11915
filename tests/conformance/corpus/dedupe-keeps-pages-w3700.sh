# Linux 6.18 (w3700 of gen.py shrunk, its third disagreement): the dedupe into g0's [0, 12k) keeps those pages cached, so md5sum loads no map there; near full, the ENOSPC flush of f0's write writes g0's 228k with no allocation hint, in the 1 MiB the mkfs group has left, not in the preallocation's group that g0's first map points to (D40)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 -b 1m 6647808 7m" $mnt/sv/g0
xfs_io -c "falloc -k 872k 16m" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 892k 0 12k" $mnt/sv/g0
xfs_io -f -c "falloc 23019520 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 672k 228k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 -b 1m 27574272 14m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 30420992 7m" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 -b 1m 13258752 16m" $mnt/f0
