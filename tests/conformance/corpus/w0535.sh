# extsim conformance workload, gen.py seed 535
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 3903488 108k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3407872 1847296 492k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 7153674 3m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 636k 8462336 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 5586944 92" $mnt/f1
xfs_io -f -c "truncate 2504311" $mnt/f2
sync
xfs_io -f -c "pwrite -S 0x61 448k 48k" $mnt/f3
xfs_io -c "pwrite -S 0x63 1208320 136k" $mnt/f1
sync
xfs_io -c "fpunch 413792 4k" $mnt/f3
xfs_io -c "pwrite 7802880 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 652k 0 8k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 3637248 592k 28k" $mnt/f2
xfs_io -c "pwrite -S 0x61 4342592 11517" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 3969024 6795" -c "fsync" $mnt/f1
xfs_io -c "falloc 4k 16k" $mnt/f3
xfs_io -c "fsync" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 1150976 88k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 2002944 24k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x62 450487 28k" $mnt/f2
xfs_io -c "reflink $mnt/f1 5308416 72k 64k" $mnt/f3
xfs_io -f -c "falloc 4143112 64k" $mnt/f4
xfs_io -c "reflink $mnt/f3 304k 2760704 32k" $mnt/f4
xfs_io -c "dedupe $mnt/f1 6541312 6545408 8k" $mnt/f1
xfs_io -c "falloc -k 4371282 3439" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 6557696 188k" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x61 228k 40k" $mnt/s1/f3
xfs_io -f -c "pwrite 4390912 60k" $mnt/f4
xfs_io -c "truncate 3069153" $mnt/s1/f1
xfs_io -r -c "fiemap -v" $mnt/f1
rm $mnt/s1/f4
xfs_io -c "fzero 410565 4k" $mnt/s1/f0
chattr +C $mnt/s1/f0
