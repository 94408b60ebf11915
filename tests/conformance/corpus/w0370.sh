# extsim conformance workload, gen.py seed 370
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 2404352 68k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 272k 0 2199552" $mnt/f0
xfs_io -c "reflink $mnt/f0 6053888 932k 104k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 7348607 40k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 6279168 8343552 256k" $mnt/f1
xfs_io -c "fpunch 84k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x62 5865472 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 2732032 96k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 4112384 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 5705324 8k" $mnt/f3
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "truncate 3497498" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "pwrite -S 0x63 2617344 1m" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 4583424 10481" $mnt/f4
sync
xfs_io -c "fzero 2814728 64k" $mnt/f3
xfs_io -c "truncate 2796684" $mnt/f3
xfs_io -c "pwrite -S 0x61 5881856 3874" $mnt/f4
xfs_io -c "pwrite -S 0x63 2197108 112k" -c "fsync" $mnt/f4
xfs_io -c "pwrite -S 0x63 6791168 12k" $mnt/f0
xfs_io -f -c "reflink $mnt/f4 3608576 3862528 1331200" $mnt/f5
xfs_io -c "dedupe $mnt/s1/f1 5160960 3760128 12k" $mnt/f4
xfs_io -c "dedupe $mnt/f4 3448832 4k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f4 4034560 5173248 996k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 852k 64k" $mnt/f2
xfs_io -c "fpunch 2486272 6682" $mnt/f3
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "falloc 7675904 8k" $mnt/s2/f1
xfs_io -c "reflink $mnt/s2/f4 2002944 2035712 820k" $mnt/s2/f0
xfs_io -f -c "reflink $mnt/f0" $mnt/f6
xfs_io -f -c "reflink $mnt/f0 1396736 1200128 0" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/f2 988k 0 1822720" $mnt/f2
xfs_io -c "fpunch 4202496 7921" $mnt/s2/f0
