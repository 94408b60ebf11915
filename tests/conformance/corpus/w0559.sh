# extsim conformance workload, gen.py seed 559
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 0 1400832 4k" $mnt/sv/g0
xfs_io -c "fpunch 296k 84k" $mnt/sv/g0
xfs_io -c "fpunch 1503755 140k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 772k 216k" $mnt/sv/g0
xfs_io -c "fpunch 1245184 12229" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 416k 512k 584k" $mnt/sv/g0
xfs_io -c "pwrite 704k 52k" $mnt/sv/g0
xfs_io -c "falloc 738205 4432" $mnt/sv/g0
xfs_io -c "fpunch 288k 11259" $mnt/sv/g0
xfs_io -c "truncate 256k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 4k 24k 32k" $mnt/sv/g0
xfs_io -c "falloc 98885 160k" $mnt/sv/g0
xfs_io -f -c "pwrite 1056768 20k" $mnt/sv/g1
xfs_io -c "pwrite 40k 12k" -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 200k 252k 84k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 1020k 1412" $mnt/sv/g2
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 424k 60k 284k" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 484k 696k 52k" $mnt/sv/g2
xfs_io -f -c "truncate 1990656" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 1884160 16k" $mnt/sv/g2
xfs_io -c "fpunch 252k 24k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 913978 40k" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g1 392k 40k 40k" $mnt/sv/g1
