# extsim conformance workload, gen.py seed 90
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 5144576 12k" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 2203648 8k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "falloc -k 7114768 10670" $mnt/f1
xfs_io -f -c "pwrite 7299072 84k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 3121152 36k 12k" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 0 924k 4k" $mnt/f3
xfs_io -c "dedupe $mnt/f2 460k 8018156 20k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "dedupe $mnt/f2 2416640 32k 16k" $mnt/f0
xfs_io -c "fzero -k 5075442 52k" $mnt/f0
xfs_io -c "pwrite -S 0x61 6823936 244k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1699840 20k" -c "fdatasync" $mnt/f3
xfs_io -c "pwrite -S 0xcd 841483 80k" $mnt/f3
xfs_io -c "pwrite -S 0x62 480k 44k" $mnt/f3
xfs_io -f -c "falloc 2666496 156k" $mnt/f4
xfs_io -c "truncate 2166784" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 272423 180k" $mnt/f4
xfs_io -c "pwrite -S 0x63 5201920 4164" $mnt/f2
xfs_io -c "falloc 2093056 5469" $mnt/f4
xfs_io -c "fzero 2158592 6598" $mnt/f3
xfs_io -c "falloc 6758400 36k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 4255744 20k" $mnt/f0
xfs_io -c "falloc -k 5074944 132k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 860k 4785" $mnt/f1
xfs_io -c "dedupe $mnt/f0 2289664 36k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 207678 232k" $mnt/f2
xfs_io -c "falloc 5668864 4170" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 8011776 24k" $mnt/f5
xfs_io -c "reflink $mnt/f1 560k 544k 32k" $mnt/f1
xfs_io -c "dedupe $mnt/f4 1012k 8k 12k" $mnt/f0
xfs_io -c "truncate 1502747" $mnt/f4
xfs_io -c "fpunch 4161536 2633" $mnt/f0
xfs_io -c "falloc -k 3235840 56k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 1511424 24k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 2524690 2m" $mnt/f5
xfs_io -c "fsync" $mnt/f4
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "fpunch 4120576 104k" $mnt/f2
