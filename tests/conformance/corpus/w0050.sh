# extsim conformance workload, gen.py seed 50
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 5322985 2512" $mnt/f0
xfs_io -c "fpunch 560k 56k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2830336 2232320 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2273280 5226496 2908160" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 8323072 20k" $mnt/f0
xfs_io -c "fpunch 72k 64k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x61 4296704 8k" $mnt/f0
xfs_io -c "falloc 3506176 12k" $mnt/f0
xfs_io -c "truncate 312k" $mnt/f0
sync
xfs_io -c "pwrite 264k 2621" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 480k 48k" -c "fsync" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x63 159854 40k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 116k 36k" -c "fsync" $mnt/f0
xfs_io -c "falloc -k 4165632 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 804k 250989 4k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 8142848 8k" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 292k 116k 184k" $mnt/f0
xfs_io -c "fpunch 1462712 60k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2867200 8k" $mnt/s1/f0
xfs_io -c "fpunch 198559 56k" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 5804032 124k 2306048" $mnt/f0
xfs_io -c "falloc 5017600 52k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3301376 2838528 788k" $mnt/f0
xfs_io -f -c "falloc 1179648 44k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1134592 44k 28k" $mnt/f1
xfs_io -c "truncate 6619136" $mnt/s1/f0
xfs_io -c "reflink $mnt/f1 500k 16k 704k" $mnt/f0
xfs_io -c "falloc 2813952 44k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 1503232 5791744 5124096" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/f1
md5sum $mnt/s1/f0
xfs_io -c "fpunch 1212416 8k" $mnt/f1
xfs_io -c "truncate 4517888" $mnt/f0
sync
xfs_io -c "reflink $mnt/s1/f0 2289664 1671168 3411968" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 3088384 0 3534848" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 2449408 20k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 3579904 32k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "falloc 6148096 64k" $mnt/s1/f0
xfs_io -c "fzero 4685824 32k" $mnt/f0
rm $mnt/f0
xfs_io -c "reflink $mnt/f1 1155072 196k 48k" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "falloc 72k 12k" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/f0 2109440 5439488 1417216" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fpunch 8151040 1m" $mnt/f1
