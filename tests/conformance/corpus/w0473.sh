# extsim conformance workload, gen.py seed 473
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 1912832 148k" $mnt/f0
xfs_io -c "reflink $mnt/f0 764k 1929216 584k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 1216512 1728512 484k" $mnt/s1/f0
xfs_io -f -c "truncate 232917" $mnt/s1/g0
xfs_io -c "fpunch 188k 7579" $mnt/s1/g0
xfs_io -c "pwrite 2281472 12k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 36k 56k" $mnt/s1/g0
xfs_io -c "falloc -k 2052096 44k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 1470464 1474560 12k" $mnt/f0
xfs_io -f -c "pwrite 624k 4m" $mnt/f0
sync
xfs_io -c "truncate 1025539" $mnt/s1/g0
xfs_io -c "fpunch 4149391 56k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 676k 56k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 656k 0 357891" $mnt/f0
xfs_io -c "falloc 4526080 1608" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 252k 2875392 296k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 936k 32k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x62 380k 44k" -c "fsync" $mnt/s2/f1
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "fpunch 1326566 56k" $mnt/f0
rm $mnt/s1/f0
xfs_io -c "truncate 4644864" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 965035 28k" $mnt/f1
xfs_io -c "falloc 1990656 2m" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 1314816 228k" -c "fsync" $mnt/s2/f0
xfs_io -f -c "truncate 923674" $mnt/s3/g0
xfs_io -c "pwrite -S 0x61 3620864 52k" $mnt/s2/f0
xfs_io -c "fsync" $mnt/s3/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 800k 300k 2007040" $mnt/s2/f0
xfs_io -c "falloc 3982712 8700" $mnt/s2/f0
xfs_io -c "fdatasync" $mnt/s3/g0
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "falloc 944k 88k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 4485120 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 840k 92k" $mnt/s2/f1
xfs_io -c "reflink $mnt/s1/g0 800k 792927 204k" $mnt/f0
xfs_io -c "fsync" $mnt/s3/g0
xfs_io -c "dedupe $mnt/s1/g0 100k 100k 20k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s2/f1
xfs_io -c "fpunch 2629035 104k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1736704 1533" $mnt/s1/g0
xfs_io -c "falloc 1433600 108k" $mnt/s3/g0
