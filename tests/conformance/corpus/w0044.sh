# extsim conformance workload, gen.py seed 44
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 236k 8417" $mnt/f0
xfs_io -c "fzero 93559 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 84482 140k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 16223 892k 44k" $mnt/f1
xfs_io -c "fpunch 928k 32k" $mnt/f1
xfs_io -c "reflink $mnt/f0 232463 576k 28k" $mnt/f1
xfs_io -c "truncate 235595" $mnt/f1
xfs_io -c "dedupe $mnt/f1 44k 8k 12k" $mnt/f0
xfs_io -c "falloc -k 160k 80k" $mnt/f1
xfs_io -c "falloc 672k 40k" $mnt/f1
xfs_io -c "reflink $mnt/f1 460k 132k 20k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 704k 9440" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0" $mnt/f1
xfs_io -c "pwrite -S 0x63 220k 7416" -c "fdatasync" $mnt/f0
xfs_io -f -c "falloc -k 11928 52k" $mnt/sv/g1
xfs_io -c "fzero -k 320k 4k" $mnt/sv/g1
xfs_io -c "fpunch 216k 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 104k 20k" $mnt/sv/g1
sync
xfs_io -c "pwrite -S 0x61 605372 28k" -c "fsync" $mnt/sv/g0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 772k 36k" $mnt/sv/g2
xfs_io -r -c "fiemap -v" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/f1
sync
xfs_io -c "reflink $mnt/sv/g1 100k 1016k 12k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g2 228k 656k 588k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 64k 56k" -c "fdatasync" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/f1
sync
sync
xfs_io -c "fpunch 8k 2755" $mnt/sv/g1
xfs_io -c "fsync" $mnt/sv/g2
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 148k 7217" -c "fsync" $mnt/sv/g1
xfs_io -c "fpunch 108757 208k" $mnt/f0
xfs_io -c "fpunch 676k 248k" $mnt/sv/g1
xfs_io -c "reflink $mnt/f0 184k 152k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g2 216k 228k 100k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 548k 52k" $mnt/sv/g0
chattr +C $mnt/f0
xfs_io -c "pwrite 340k 8k" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g1 1000k 0 4k" $mnt/sv/g1
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 216k 28k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g2 20k 32k 16k" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g0 580k 664k 16k" $mnt/sv/g1
xfs_io -f -c "pwrite 616k 224k" -c "fdatasync" $mnt/sv/g3
