# extsim conformance workload, gen.py seed 306
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 300k 36k" $mnt/sv/g0
xfs_io -c "truncate 212732" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "fpunch 56k 44k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 48k 1679360 144k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 1146880 168k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x62 175271 32k" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 1236992 80k" $mnt/sv/g1
sync
xfs_io -f -c "pwrite -S 0x61 758252 136k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 1163264 352k 48k" $mnt/sv/g0
xfs_io -c "fpunch 92k 12k" $mnt/sv/g0
xfs_io -c "falloc -k 224k 6106" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 336k 0 557548" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f0 524k 148k 12k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 76k 1986560 1089536" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1847296 20k" $mnt/sv/g0
xfs_io -c "fpunch 1273856 6587" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 304k 80k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 732k 276k 4k" $mnt/sv/g1
xfs_io -f -c "falloc 756k 2m" $mnt/f1
xfs_io -c "reflink $mnt/f0 104k 1052672 16k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2002944 4m" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g1 1012k 120k 784k" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x62 1056768 64k" $mnt/s1/g0
xfs_io -c "reflink $mnt/sv/g1 944k 2129920 680k" $mnt/f1
xfs_io -c "reflink $mnt/s1/g0 820k 192k 260k" $mnt/sv/g2
xfs_io -c "dedupe $mnt/s1/g0 192k 0 908k" $mnt/sv/g1
xfs_io -c "reflink $mnt/f0 56k 1093632 312k" $mnt/sv/g2
xfs_io -c "falloc -k 1606340 32k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 1116033 48k" -c "fsync" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 300k 1236992 956k" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x63 220k 8k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 156k 20k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 215323 128k" $mnt/f1
xfs_io -f -c "pwrite 1875968 44k" $mnt/f2
xfs_io -c "reflink $mnt/f1 2166784 712k 684k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s2
sync
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 1589248 28k" $mnt/s2/f2
xfs_io -c "pwrite 1625198 36k" -c "fsync" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g2 396k 580k 0" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 364k 180k" $mnt/s2/f1
xfs_io -c "reflink $mnt/f2 1863680 1916928 20k" $mnt/f2
md5sum $mnt/s2/f0
xfs_io -c "fpunch 2023424 9522" $mnt/s2/f1
xfs_io -c "reflink $mnt/f0 716k 556k 260k" $mnt/s2/f0
