# extsim conformance workload, gen.py seed 6136 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x63 956k 32k" -c "fsync" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 624k 32k" $mnt/f0
xfs_io -c "fpunch 616k 72k" $mnt/f0
xfs_io -c "reflink $mnt/f0 364k 724k 4307" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 184433 64k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f0 452k 236k 548k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1945781 68k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1056768 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1130913 140k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1224704 952k 798901" $mnt/f1
xfs_io -c "pwrite -S 0x62 1628406 10632" $mnt/f0
xfs_io -c "reflink $mnt/f1 1008k 2011136 16k" $mnt/f0
xfs_io -c "pwrite 768k 131" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 1851392 1540096 140k" $mnt/sv/g0
xfs_io -c "fpunch 764k 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 432k 44k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 2052096 12k" $mnt/f3
xfs_io -c "falloc -k 1810432 40k" $mnt/f3
xfs_io -c "fpunch 760k 9128" $mnt/f0
xfs_io -c "dedupe $mnt/f2 340k 0 12k" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fzero -k 416k 4k" $mnt/f2
xfs_io -c "dedupe $mnt/sv/g0 1413120 0 268k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/f2
xfs_io -c "falloc -k 1204224 36k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 1290240 168k 440k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 504666 112k" $mnt/sv/g0
xfs_io -c "falloc 216k 3m" $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "falloc 1572864 40k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f0 1966080 80k 16k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 428k 28k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 957106 4k 24k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 3072000 1781760 24k" $mnt/f3
xfs_io -c "pwrite -S 0x62 1912832 92k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 608k 204k 320k" $mnt/f2
xfs_io -c "fpunch 520k 32k" $mnt/f2
md5sum $mnt/sv/g0
xfs_io -c "fpunch 353282 40k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 14718 56k" $mnt/f2
xfs_io -c "pwrite -S 0x63 1167360 60k" -c "fsync" $mnt/f3
xfs_io -c "pwrite -S 0x61 1425408 152k" -c "fsync" $mnt/f3
xfs_io -c "falloc -k 397976 2m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 1617920 80k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 1118208 4k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f3 80k 280k 24k" $mnt/f3
xfs_io -c "falloc 741650 56k" $mnt/f0
xfs_io -c "fpunch 1396736 60k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f3 632k 1523712 1421312" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 576k 24k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 845868 48k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f3 180k 848k 1662976" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1912832 144k" $mnt/f0
xfs_io -c "reflink $mnt/f2 64k 812k 252k" $mnt/f0
xfs_io -c "fsync" $mnt/f3
xfs_io -f -c "reflink $mnt/f4 1593344 1576960 32k" $mnt/f4
xfs_io -c "falloc 48k 16k" $mnt/sv/g0
xfs_io -c "fpunch 518514 16k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1617920 8k" -c "fsync" $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 288k 672k 1728512" $mnt/s1/f3
xfs_io -c "reflink $mnt/sv/g0 944k 884k 32k" $mnt/f2
