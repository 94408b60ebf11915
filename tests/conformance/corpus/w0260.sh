# extsim conformance workload, gen.py seed 260 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x63 15536554 136k" $mnt/f0
xfs_io -c "truncate 24731648" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 15396864 0 9338880" $mnt/f0
xfs_io -c "dedupe $mnt/f0 15388672 15396864 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2437120 28k" $mnt/f0
xfs_io -c "fpunch 9318400 92k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 17719296 44k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 14737408 12m" $mnt/f1
xfs_io -c "pwrite -S 0x62 5652480 24k" -c "fdatasync" $mnt/f1
xfs_io -c "fpunch 8482816 4k" $mnt/f1
xfs_io -c "reflink $mnt/f0 10719232 9572352 6496256" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0xcd 972k 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 24346624 10711040 320k" $mnt/f0
xfs_io -c "fpunch 16130048 212k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 24256512 48k 20k" $mnt/f0
xfs_io -f -c "pwrite 21712896 16k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 18284544 20k" $mnt/f0
xfs_io -c "truncate 7449758" $mnt/f2
xfs_io -c "pwrite -S 0x63 15486976 36k" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 25608192 15m" $mnt/f2
xfs_io -c "reflink $mnt/f0" $mnt/f2
xfs_io -c "dedupe $mnt/f1 13758464 20k 32k" $mnt/f0
xfs_io -c "falloc 7557120 72k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 31428608 31416320 16k" $mnt/f0
xfs_io -c "falloc -k 3100672 8k" $mnt/f0
xfs_io -c "pwrite 6172672 200k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 13180928 0 14143488" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 23601152 4m" $mnt/f0
xfs_io -c "fpunch 4550656 196k" $mnt/f0
xfs_io -c "falloc 29409280 2m" $mnt/f1
xfs_io -c "truncate 8192000" $mnt/f1
xfs_io -c "dedupe $mnt/f2 10248192 12k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 8667136 11m" $mnt/f2
xfs_io -c "reflink $mnt/f2 4231168 2162688 0" $mnt/f1
xfs_io -c "fpunch 23601152 28k" $mnt/f2
chattr +C $mnt/f2
