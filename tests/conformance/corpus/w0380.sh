# extsim conformance workload, gen.py seed 380
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 828k 4k" $mnt/f0
xfs_io -f -c "falloc -k 628k 204k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1572864 60k" -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1265664 9467" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fzero 1191936 24k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f1 952k 232k 32k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 852k 44k" $mnt/f0
xfs_io -c "truncate 80783" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
chattr +C $mnt/f1
xfs_io -c "fzero 388k 80k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 556k 0 636k" $mnt/f0
xfs_io -c "reflink $mnt/f1 68k 24k 8k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 35417 4137" $mnt/f2
xfs_io -c "reflink $mnt/f0 112k 668k 1064960" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1732608 56k" $mnt/f3
xfs_io -c "fsync" $mnt/f3
xfs_io -c "pwrite -S 0x63 9083 98" $mnt/f1
xfs_io -c "dedupe $mnt/f2 20k 60k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 500k 48k" $mnt/f4
xfs_io -c "fpunch 4k 647" $mnt/f2
xfs_io -c "falloc -k 904k 12k" $mnt/f3
xfs_io -f -c "pwrite 68k 108k" $mnt/f1
xfs_io -c "falloc 1323008 4k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 65178 28k" $mnt/f5
xfs_io -c "fzero -k 948k 64k" $mnt/f0
xfs_io -c "reflink $mnt/f1 120k 1929216 8k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 13545 228k" $mnt/f1
xfs_io -c "truncate 460k" $mnt/f4
xfs_io -c "reflink $mnt/f3 1212416 796k 540k" $mnt/f0
xfs_io -c "pwrite -S 0x61 168k 180k" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s1
