# extsim conformance workload, gen.py seed 43
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 2088960 48k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2078257 36k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1241088 10216" $mnt/f0
sync
xfs_io -c "fdatasync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 328k 204k 1810432" $mnt/s1/f0
xfs_io -c "fpunch 288k 16k" $mnt/f0
xfs_io -c "falloc 1736704 2084" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "falloc 11434 1m" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 2088960 184k" $mnt/s1/f0
btrfs subvolume snapshot -r $mnt $mnt/s2
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s2/f0 212k 0 1925120" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 -b 1m 208k 2m" $mnt/f0
xfs_io -c "fzero -k 403644 196k" $mnt/f0
xfs_io -f -c "reflink $mnt/s2/f0 1638426 444k 10199" $mnt/f1
xfs_io -c "truncate 432k" $mnt/f1
xfs_io -c "fzero -k 548k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1142784 188k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 1859584 60k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s2/f0 288k 24k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 440k 360k 12k" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1077240 40k" $mnt/f2
xfs_io -c "reflink $mnt/f1 164k 1527808 280k" $mnt/s1/f0
