# extsim conformance workload, gen.py seed 469
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1051648 32k" -c "fsync" $mnt/f0
xfs_io -c "fpunch 868k 160k" $mnt/f0
xfs_io -c "falloc 892k 4k" $mnt/f0
xfs_io -c "fpunch 796639 4k" $mnt/f0
sync
xfs_io -c "pwrite -b 1m 585435 1m" $mnt/f0
xfs_io -c "reflink $mnt/f0 112k 1957888 36k" $mnt/f0
xfs_io -c "falloc -k 1073152 52k" $mnt/f0
xfs_io -c "fpunch 1265664 12k" $mnt/f0
xfs_io -c "pwrite 464k 64k" $mnt/f0
xfs_io -c "truncate 1949696" $mnt/f0
xfs_io -c "truncate 120k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1124132 44k" $mnt/f1
xfs_io -c "fpunch 82404 6633" $mnt/f0
xfs_io -c "dedupe $mnt/f0 40k 48k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 328k 60k" $mnt/f1
xfs_io -c "fpunch 433746 64k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 28k 24k 4k" $mnt/f0
xfs_io -f -c "falloc -k 68k 6136" $mnt/f2
xfs_io -c "dedupe $mnt/f2 0 0 4k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 476k 220k" $mnt/f3
xfs_io -f -c "reflink $mnt/f3 240k 1843200 4k" $mnt/f4
xfs_io -c "pwrite -S 0x61 84k 20k" $mnt/f3
xfs_io -c "fzero -k 1662976 4m" $mnt/f2
xfs_io -c "pwrite -S 0xcd 211235 240k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 1769991 12285" $mnt/f5
xfs_io -c "fdatasync" $mnt/f4
xfs_io -c "falloc -k 1371089 4k" $mnt/f4
xfs_io -c "fpunch 732k 6k" $mnt/f1
xfs_io -c "falloc 1236992 16k" $mnt/f5
xfs_io -c "reflink $mnt/f2 0 1114112 4k" $mnt/f2
xfs_io -c "dedupe $mnt/f4 144k 44k 16k" $mnt/f0
xfs_io -c "falloc 644k 64k" $mnt/f3
xfs_io -c "fsync" $mnt/f4
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 616k 156k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f0 24k 664k 68k" $mnt/f4
xfs_io -c "falloc -k 1282048 48k" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 131118 1182" $mnt/f6
xfs_io -c "fpunch 244k 3913" $mnt/f4
xfs_io -r -c "fiemap -v" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/f4 284k 1761280 1052672" $mnt/s2/f2
