# extsim conformance workload, gen.py seed 85
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 0 1576960 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 1806336 12k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 900k 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 44k 11011" -c "fdatasync" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 8k 24k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 7117 28k" $mnt/sv/g0
xfs_io -c "fpunch 573961 9875" $mnt/sv/g0
xfs_io -c "falloc 44k 216k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 220k 124k 32k" $mnt/sv/g0
xfs_io -c "truncate 156k" $mnt/sv/g0
xfs_io -c "fpunch 64k 64k" $mnt/sv/g0
xfs_io -c "falloc 148k 344" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 140k 4k" $mnt/sv/g0
xfs_io -c "falloc 671558 1700" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 720780 7601" -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite 1966080 6387" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 484k 0 1480947" $mnt/sv/g1
sync
xfs_io -c "dedupe $mnt/sv/g1 796k 96k 12k" $mnt/sv/g0
xfs_io -c "falloc -k 1507328 52k" $mnt/sv/g1
xfs_io -f -c "truncate 1130496" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1380386 64k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 932k 11191" $mnt/f1
xfs_io -c "pwrite -S 0x61 1220608 4501" $mnt/sv/g0
xfs_io -f -c "pwrite 845995 48k" $mnt/f0
xfs_io -c "pwrite -S 0x62 696k 7509" $mnt/sv/g0
xfs_io -c "pwrite 92k 164k" $mnt/f0
xfs_io -c "reflink $mnt/f1 244k 240k 476k" $mnt/f1
sync
xfs_io -c "falloc -k 480k 40k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 933367 4k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 1515520 28k" $mnt/sv/g2
xfs_io -f -c "pwrite 876k 52k" $mnt/f1
