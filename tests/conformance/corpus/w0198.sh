# extsim conformance workload, gen.py seed 198
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 404k 4k" $mnt/f0
xfs_io -c "fzero 692k 16k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 128k 12k 28k" $mnt/f0
xfs_io -c "falloc -k 232k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x62 156k 60k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 12k 928k 400k" $mnt/f1
xfs_io -c "pwrite -S 0x61 580k 16k" $mnt/f0
xfs_io -c "truncate 552k" $mnt/f0
xfs_io -c "reflink $mnt/f1" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1020k 396k 8497" $mnt/f0
xfs_io -c "fpunch 212k 3m" $mnt/f0
xfs_io -c "dedupe $mnt/f1 1004k 308k 20k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 988k 432k 184k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "falloc -k 344k 64k" $mnt/f1
xfs_io -c "pwrite -S 0x61 216195 12k" $mnt/f2
xfs_io -c "pwrite -S 0x62 140k 40k" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x62 316k 68k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x61 393588 9221" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x63 956k 2987" -c "fdatasync" $mnt/s1/f1
xfs_io -c "fpunch 475867 88k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
md5sum $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 1042139 56k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite 352012 12k" $mnt/f1
xfs_io -c "reflink $mnt/s2/f1 900k 144k 60k" $mnt/s1/f0
