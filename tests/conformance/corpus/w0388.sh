# extsim conformance workload, gen.py seed 388
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 484k 228k" -c "fsync" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 344k 64k 192k" $mnt/f0
xfs_io -c "falloc -k 548k 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 24k 40k" $mnt/f1
xfs_io -c "reflink $mnt/f1 52k 184k 8k" $mnt/f1
xfs_io -c "reflink $mnt/f1 32k 36k 112k" $mnt/f1
xfs_io -c "falloc -k 219941 3m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 488k 204k 16k" $mnt/f0
xfs_io -c "truncate 136k" $mnt/f1
xfs_io -c "truncate 476k" $mnt/f0
xfs_io -c "pwrite -S 0x63 138870 1547" $mnt/f1
xfs_io -c "dedupe $mnt/f1 308k 320k 16k" $mnt/f1
xfs_io -c "fpunch 18879 44k" $mnt/f1
xfs_io -c "reflink $mnt/f0 240k 28k 248k" $mnt/f0
xfs_io -c "reflink $mnt/f0 248k 352k 236k" $mnt/f0
xfs_io -c "reflink $mnt/f1 92k 436k 50305" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f0 112k 0 12k" $mnt/f0
xfs_io -c "falloc 116k 12k" $mnt/f1
xfs_io -c "pwrite -S 0x61 11148 64k" $mnt/f1
xfs_io -c "reflink $mnt/f1 40k 264k 84k" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "falloc 4084 244k" $mnt/f1
xfs_io -c "reflink $mnt/f0 276k 320k 160k" $mnt/f2
rm $mnt/f1
xfs_io -f -c "pwrite 76k 96k" $mnt/f2
xfs_io -c "reflink $mnt/f0 328k 488k 160k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 312k 20k 24k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "truncate 236k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 844k 28k" $mnt/s1/f1
xfs_io -c "pwrite 80k 232k" $mnt/s1/f1
xfs_io -f -c "falloc -k 366649 24k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 352k 52k 32k" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/f2 176k 1000k 72k" $mnt/s1/g1
xfs_io -c "truncate 420k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 457788 56k" $mnt/s1/f0
sync
xfs_io -c "dedupe $mnt/s1/f0 384k 0 126012" $mnt/s1/g0
md5sum $mnt/f1
xfs_io -c "dedupe $mnt/f0 148k 64k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x62 4k 4k" -c "fsync" $mnt/f2
xfs_io -c "pwrite -S 0x62 336k 36k" $mnt/f0
md5sum $mnt/s1/g0
