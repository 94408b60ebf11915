# extsim conformance workload, gen.py seed 396
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 4681728 172k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1004k 40k" $mnt/f0
xfs_io -f -c "falloc 5992448 8187" $mnt/f1
xfs_io -c "fzero 4034560 36k" $mnt/f1
xfs_io -c "pwrite -S 0x63 2605056 64k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3948544 52k" $mnt/f0
xfs_io -c "fpunch 2317745 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 1662976 0 4341755" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 7819264 16k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 6171697 212k" -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 3543040 2m" $mnt/f0
xfs_io -c "dedupe $mnt/f2 5689344 36k 4k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f2 8k 2949120 6270976" $mnt/f0
xfs_io -c "dedupe $mnt/f1 5451776 1597440 12k" $mnt/f1
xfs_io -c "fpunch 6326831 104k" $mnt/f2
xfs_io -c "pwrite -S 0x61 3010560 7155" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 572k 3m" $mnt/f2
sync
xfs_io -f -c "pwrite -S 0x63 3706880 7648" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 5537792 44k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2940928 48k" $mnt/f3
xfs_io -c "reflink $mnt/f1 4632576 2531328 1617920" $mnt/f3
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0xcd 208k 232k" -c "fsync" $mnt/s1/f3
xfs_io -c "truncate 6004736" $mnt/s1/f0
xfs_io -c "fpunch 3297280 3610" $mnt/f2
xfs_io -c "falloc 1699840 28k" $mnt/s1/f1
