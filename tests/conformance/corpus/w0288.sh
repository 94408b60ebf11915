# extsim conformance workload, gen.py seed 288
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "reflink $mnt/f0 4k 688k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 520k 524k 24k" $mnt/f0
xfs_io -f -c "pwrite 1748992 28k" $mnt/f1
xfs_io -c "pwrite -S 0x63 1949696 3105" $mnt/f0
xfs_io -c "reflink $mnt/f1 996k 1298432 332k" $mnt/f1
xfs_io -c "pwrite -S 0x61 568k 72k" $mnt/f0
xfs_io -c "fzero -k 1291336 68k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 700k 1712128 668k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 546030 40k" -c "fsync" $mnt/f2
xfs_io -c "fpunch 1097728 9523" $mnt/f1
xfs_io -c "falloc -k 104k 4m" $mnt/f1
sync
xfs_io -c "reflink $mnt/f0 140k 196k 408k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 1998848 64k 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1372160 12k 12k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f2 840k 1867776 156k" $mnt/f2
xfs_io -c "pwrite 1150286 20k" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f2" $mnt/f0
xfs_io -c "pwrite -S 0xcd 848k 64k" $mnt/f1
xfs_io -c "reflink $mnt/f2 696k 1105920 1691648" $mnt/f1
xfs_io -c "reflink $mnt/f2 1105920 1564672 1020k" $mnt/f0
xfs_io -c "reflink $mnt/f2 988k 636k 876k" $mnt/f0
xfs_io -c "falloc -k 1116133 11214" $mnt/f0
xfs_io -c "falloc 1167360 24k" $mnt/f1
xfs_io -c "pwrite -S 0x62 1262986 24k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f2 2015232 84k 24k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 1257472 8k" $mnt/f3
xfs_io -c "pwrite -S 0x61 1016k 140k" $mnt/f2
xfs_io -c "pwrite -S 0x63 1937408 108k" -c "fsync" $mnt/f2
xfs_io -c "pwrite -S 0x62 228k 36k" $mnt/f1
xfs_io -c "fpunch 1236992 228k" $mnt/f3
xfs_io -c "reflink $mnt/f2 496157 28k 36k" $mnt/f1
xfs_io -c "pwrite 544k 10844" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fsync" $mnt/f3
xfs_io -c "pwrite -S 0x62 1204224 232k" $mnt/s1/f3
xfs_io -c "fpunch 944k 52k" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x63 256k 28k" $mnt/f4
xfs_io -c "dedupe $mnt/f4 128k 300k 64k" $mnt/s1/f2
