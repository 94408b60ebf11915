# extsim conformance workload, gen.py seed 360
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 132k 148k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 412k 16k" $mnt/f0
xfs_io -c "fpunch 328k 9353" $mnt/f0
xfs_io -c "pwrite -S 0x62 178839 24k" $mnt/f0
xfs_io -c "pwrite -b 1m 1012k 3m" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 60k 20k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 516k 820k 1204224" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1224704 240k 32k" $mnt/f0
xfs_io -c "fzero 2445472 228k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1536000 1523712 28k" $mnt/f0
xfs_io -c "falloc -k 3952640 12k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite 2388231 8k" $mnt/f0
xfs_io -c "falloc -k 1840282 80k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 704k 4m" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 3964928 4341760 936k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3440640 720k 28k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 3682304 284k 292k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "falloc 868k 5828" $mnt/f2
xfs_io -c "reflink $mnt/f1 324k 340k 28k" $mnt/f1
xfs_io -c "falloc -k 824k 6616" $mnt/f2
xfs_io -c "reflink $mnt/f2 24k 1998848 580k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 4059136 912k 304k" $mnt/f1
xfs_io -c "falloc 524k 52k" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "reflink $mnt/s2/f2 488k 1437696 403140" $mnt/f0
xfs_io -c "falloc 944k 84k" $mnt/f2
xfs_io -c "pwrite 552670 92k" -c "fdatasync" $mnt/f1
xfs_io -c "truncate 108k" $mnt/f2
xfs_io -c "truncate 72k" $mnt/f2
xfs_io -c "reflink $mnt/f0 4235264 1384448 108k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f1 644k 36k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 52k 44k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 4562944 740k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 84k 60k" $mnt/f2
xfs_io -c "pwrite -S 0x63 965602 44k" $mnt/f2
