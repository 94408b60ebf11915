# extsim conformance workload, gen.py seed 82
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 640k 7727" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 2064260 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1900544 1904640 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1252582 2025" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x61 1261568 28k" $mnt/f1
xfs_io -f -c "pwrite 2028917 6788" $mnt/f1
sync
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "reflink $mnt/f0 888k 1167360 1052672" $mnt/f0
xfs_io -c "pwrite -S 0x61 1638400 11362" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 1835008 40k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1458176 8k" $mnt/f0
xfs_io -c "falloc 804k 52k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1839666 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 52k 1789952 2027396" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/f0 1601536 0 470916" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 1827057 2m" $mnt/f1
xfs_io -c "pwrite -S 0x61 3854336 16k" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 76k 2084864 3502080" $mnt/f1
xfs_io -f -c "falloc 136k 12k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 2084864 60k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 1072248 196k" -c "fdatasync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 3540359 228k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f2 1212416 708k 924k" $mnt/s1/f2
xfs_io -c "reflink $mnt/f0 1363968 1474560 328k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1298432 60k" -c "fdatasync" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x62 1548288 112k" $mnt/f0
xfs_io -c "pwrite -S 0x63 329334 176k" $mnt/s2/f2
