# extsim conformance workload, gen.py seed 177
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 612k 12k" -c "fdatasync" $mnt/f0
xfs_io -f -c "truncate 846194" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 468k 56k" -c "fsync" $mnt/f2
xfs_io -c "fpunch 712k 152k" $mnt/f0
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "truncate 108187" $mnt/f2
xfs_io -c "falloc 72k 5374" $mnt/f2
xfs_io -c "dedupe $mnt/f0 484k 268k 4k" $mnt/f1
xfs_io -c "fpunch 276k 28k" $mnt/f0
xfs_io -c "falloc -k 994489 60k" $mnt/f2
xfs_io -c "pwrite -S 0x61 364k 256k" $mnt/f3
xfs_io -c "falloc 576k 128k" $mnt/f0
xfs_io -c "falloc 317831 3m" $mnt/f0
xfs_io -c "pwrite -S 0x61 364k 16k" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 271627 64k" -c "fsync" $mnt/f4
xfs_io -c "truncate 392k" $mnt/f3
xfs_io -c "dedupe $mnt/f4 180k 28k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 180k 32k" $mnt/f4
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f4 108k 40k 28k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 316k 20k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f4
xfs_io -c "dedupe $mnt/f4 144k 44k 28k" $mnt/f3
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 273277" $mnt/f3
xfs_io -c "falloc 2637824 20k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 236k 248k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 632k 36k" $mnt/f1
xfs_io -f -c "reflink $mnt/s1/f0 1761653 860k 16k" $mnt/f5
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "dedupe $mnt/s3/f1 456k 12k 20k" $mnt/f0
xfs_io -f -c "falloc -k 384k 12k" $mnt/f6
xfs_io -c "dedupe $mnt/f4 128k 32k 12k" $mnt/f0
chattr +C $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 408k 2m" $mnt/f7
