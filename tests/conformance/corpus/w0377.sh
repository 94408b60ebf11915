# extsim conformance workload, gen.py seed 377
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 500k 112k" $mnt/f0
xfs_io -c "pwrite -S 0x63 308k 10681" $mnt/f0
xfs_io -c "dedupe $mnt/f0 32k 244k 8k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 256k 176k" $mnt/f0
xfs_io -c "reflink $mnt/f0 68k 56k 384k" $mnt/f0
xfs_io -c "reflink $mnt/f0 236k 980k 244k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 552k 4k" $mnt/f0
xfs_io -c "falloc -k 420k 52k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 996k 3m" $mnt/f0
xfs_io -c "reflink $mnt/f0 3055616 464k 1118208" $mnt/f0
xfs_io -c "falloc 3059712 44k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1499136 2793472 1814528" $mnt/f0
xfs_io -c "pwrite -S 0x62 2265088 48k" $mnt/f0
xfs_io -c "falloc -k 2658304 8k" $mnt/f0
xfs_io -c "fpunch 2490368 4m" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "falloc 109517 9292" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 3608576 726" $mnt/f0
xfs_io -c "pwrite -S 0x63 84k 841" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 924795 1409" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 604k 6623" $mnt/f2
xfs_io -c "dedupe $mnt/f1 16k 0 106521" $mnt/f2
xfs_io -c "dedupe $mnt/f0 2129920 0 2039808" $mnt/f2
xfs_io -c "dedupe $mnt/f1 112k 436k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f2 656k 656k 4k" $mnt/f2
xfs_io -c "reflink $mnt/f1 100k 72k 20k" $mnt/f1
xfs_io -c "pwrite -S 0x62 12523 5027" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "falloc -k 684k 24k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 104k 48k 4k" $mnt/f0
xfs_io -c "fpunch 32k 180k" $mnt/f0
chattr +C $mnt/f2
xfs_io -c "reflink $mnt/f0 3612672 56k 544k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "truncate 92k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 300k 296k 12k" $mnt/f2
xfs_io -c "pwrite 848k 3m" -c "fdatasync" $mnt/f1
xfs_io -c "fpunch 1122047 36k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 156k 0 4009984" $mnt/f0
xfs_io -c "reflink $mnt/f1 2691072 2691072 8k" $mnt/f1
xfs_io -c "fpunch 2080768 48k" $mnt/f0
