# extsim conformance workload, gen.py seed 218 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 23785472 60k" $mnt/f0
xfs_io -c "reflink $mnt/f0 15511552 15470592 8343552" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 8568832 5m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 13213696 0 10637312" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 12185600 6m" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 20520960 11722" $mnt/f0
xfs_io -c "falloc 4489216 7114" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 5849088 84k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 17235968 8630272 24k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 22163456 7588732 184k" $mnt/f0
xfs_io -c "reflink $mnt/f0 22847488 12640256 32k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 5484544 9515008 9424896" $mnt/f0
xfs_io -c "fsync" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 -b 1m 15560704 9m" $mnt/f0
xfs_io -c "falloc 19193856 6729" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 14389248 13m" $mnt/f0
xfs_io -c "falloc 29425329 9m" $mnt/f0
sync
xfs_io -c "truncate 23027712" $mnt/f0
xfs_io -c "falloc -k 9323970 40k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 6209536 21749760 12574720" $mnt/f0
sync
xfs_io -c "falloc -k 3530752 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1826816 11827" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 19648512 4677632 4055040" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 32133120 16m" $mnt/f0
xfs_io -f -c "truncate 17601434" $mnt/f1
xfs_io -c "pwrite -S 0xcd -b 1m 30580736 7m" $mnt/f0
xfs_io -f -c "pwrite -b 1m 12587008 2m" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 24436736 19615744 0" $mnt/f2
md5sum $mnt/f0
xfs_io -c "falloc -k 1798144 12k" $mnt/f1
xfs_io -c "fpunch 15293687 40k" $mnt/f1
xfs_io -f -c "pwrite 43778048 224k" -c "fdatasync" $mnt/f2
xfs_io -c "fpunch 13463552 148k" $mnt/f2
xfs_io -c "fpunch 33107968 11618" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fpunch 28139520 48k" $mnt/s2/f1
xfs_io -c "reflink $mnt/f1 17743872 17743872 8k" $mnt/f1
xfs_io -c "dedupe $mnt/s2/f2 31019008 12632064 16k" $mnt/f0
