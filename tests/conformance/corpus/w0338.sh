# extsim conformance workload, gen.py seed 338
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1957888 28k" $mnt/f0
xfs_io -c "pwrite -S 0x63 600456 180k" $mnt/f0
xfs_io -f -c "pwrite 1689917 64k" $mnt/f1
xfs_io -c "reflink $mnt/f0 152k 88k 632k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1556480 1671168 176k" $mnt/f0
xfs_io -c "reflink $mnt/f1 644k 1671168 1104189" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1585129 20k" $mnt/f0
xfs_io -c "falloc 752k 56k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f1 1347584 1351680 12k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1499136 0 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 528k 220k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1064960 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 580k 584k 32k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1888256 216k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f1 484k 0 32k" $mnt/f0
xfs_io -c "falloc 1097728 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1687552 7430" -c "fdatasync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 44k 80k" $mnt/f0
sync
xfs_io -c "falloc 1290240 48k" $mnt/f1
xfs_io -c "fpunch 1327104 20k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f1 1069056 716k 20k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 308k 2m" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f1 1404928 544k 16k" $mnt/f0
xfs_io -f -c "pwrite 1298432 56k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f0 976k 672k 8k" $mnt/f1
xfs_io -c "falloc -k 14783 52k" $mnt/s1/f1
rm -f $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "pwrite -S 0x62 933190 20k" $mnt/s1/f1
