# Linux 6.18 (w3700 of gen.py shrunk): near full, the ENOSPC flush of f0's write writes sv/g0's 28k into its preallocation in place, which grants the writer 7 more pages of f0 while the pass allocates g0's next extents; the pass reaches f0 later and writes them with the rest of its range, and f0's own 12k preallocation, written in place, grants 3 more, which the same pass writes after that range (D28)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 -b 1m 6647808 7m" $mnt/sv/g0
xfs_io -c "falloc -k 872k 16m" $mnt/sv/g0
xfs_io -f -c "falloc 23019520 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 672k 228k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 -b 1m 27574272 14m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 30420992 7m" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 -b 1m 13258752 16m" $mnt/f0
