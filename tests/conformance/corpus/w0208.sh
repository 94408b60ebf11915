# extsim conformance workload, gen.py seed 208
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 940k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 264k 628k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 260418 32k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 536k 480k 4k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 492k 0 12k" $mnt/f0
xfs_io -c "fzero -k 736114 4m" $mnt/f0
xfs_io -c "reflink $mnt/f0 927567 192k 180k" $mnt/f0
xfs_io -c "falloc -k 912k 100k" $mnt/f0
xfs_io -c "truncate 640k" $mnt/f0
xfs_io -c "falloc 1012k 32k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 432k 720k 616k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 159852 2190" $mnt/f0
xfs_io -c "fpunch 304k 64k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 472k 32k" $mnt/f1
xfs_io -c "pwrite -S 0x63 528k 3564" -c "fdatasync" $mnt/f0
sync
xfs_io -c "reflink $mnt/f1 472k 860k 44k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f1 284k 136k 104k" $mnt/f0
xfs_io -c "falloc 360k 60k" $mnt/f0
xfs_io -f -c "falloc 516k 44k" $mnt/f2
xfs_io -c "reflink $mnt/f1 424k 8k 32k" $mnt/f1
xfs_io -c "reflink $mnt/f1 56k 340k 16k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 328k 64k" $mnt/s1/g0
xfs_io -f -c "truncate 84k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 368k 236k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "truncate 372k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 304k 3m" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 1900544 12k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 296k 36k" $mnt/f2
xfs_io -c "fpunch 1700480 16k" $mnt/s1/g0
xfs_io -c "falloc -k 599117 52k" $mnt/f2
xfs_io -f -c "truncate 88k" $mnt/s1/g2
xfs_io -c "reflink $mnt/f0 336k 396k 156k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/g2 24k 4k 32k" $mnt/f0
xfs_io -c "falloc -k 32k 12k" $mnt/s1/g2
xfs_io -c "pwrite -S 0xcd 472k 12k" $mnt/f1
xfs_io -c "reflink $mnt/s1/g0" $mnt/s1/g0
xfs_io -c "fsync" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
