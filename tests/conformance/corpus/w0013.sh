# extsim conformance workload, gen.py seed 13
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 273801 40k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0xcd 172k 132k" $mnt/f1
xfs_io -c "falloc 876k 228k" $mnt/f0
xfs_io -c "falloc 536k 20k" $mnt/f1
xfs_io -c "reflink $mnt/f0 728k 284k 8043" $mnt/f1
xfs_io -c "dedupe $mnt/f0 748k 16k 16k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 432k 2323" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 736681 20k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 228k 220k 8k" $mnt/f0
xfs_io -c "truncate 719446" $mnt/f0
xfs_io -c "reflink $mnt/f1 156k 72k 12k" $mnt/f1
xfs_io -c "reflink $mnt/f0 300k 320k 20k" $mnt/f1
xfs_io -c "falloc -k 364k 56k" $mnt/f0
xfs_io -c "pwrite -S 0x61 404k 748" $mnt/f1
xfs_io -c "reflink $mnt/f1 540k 140k 208297" $mnt/f1
xfs_io -c "fpunch 308k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x63 596k 8767" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f0 380k 392k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x61 460363 8k" $mnt/f0
md5sum $mnt/f1
xfs_io -c "reflink $mnt/f1 28736 276k 4m" $mnt/f0
xfs_io -c "pwrite 83184 52k" -c "fsync" $mnt/f1
xfs_io -c "pwrite 228k 48k" $mnt/f1
xfs_io -c "truncate 548k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x63 524710 2178" -c "fdatasync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x62 24k 11160" $mnt/s2/f1
xfs_io -c "fsync" $mnt/s2/f0
md5sum $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 320k 7363" $mnt/s2/f0
xfs_io -c "reflink $mnt/f1 12k 476k 104k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 288k 20k" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0xcd 534373 164k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 208k 196k 32k" $mnt/s1/f0
xfs_io -c "truncate 916k" $mnt/f0
xfs_io -c "reflink $mnt/f0 220k 544k 0" $mnt/s2/f1
xfs_io -c "falloc -k 616977 1m" $mnt/s2/f0
