# extsim conformance workload, gen.py seed 71
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 360673 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "dedupe $mnt/f0 164k 52k 16k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 76k 1486848 128k" $mnt/f1
xfs_io -c "pwrite 33171 56k" $mnt/f0
xfs_io -f -c "falloc -k 907024 44k" $mnt/f2
xfs_io -c "falloc 1081344 76k" $mnt/f2
xfs_io -c "pwrite -S 0x61 1286144 20k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 864k 60k" $mnt/f3
xfs_io -c "reflink $mnt/f3" $mnt/f3
xfs_io -c "truncate 1218735" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 172k 60k" $mnt/f0
xfs_io -c "fzero 1187840 40k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite 516k 60k" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f2 1020k 260k 186543" $mnt/s1/f2
rm -f $mnt/s1/f3
sync
xfs_io -f -c "pwrite -S 0x62 1517495 100k" $mnt/f4
xfs_io -c "pwrite 2011136 6080" $mnt/f0
rm $mnt/f4
xfs_io -c "falloc -k 585080 228k" $mnt/s1/f2
sync
xfs_io -c "falloc 1179648 40k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 692k 28k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x61 432k 44k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 1081344 0 148k" $mnt/f3
xfs_io -c "dedupe $mnt/f2 560k 1355776 28k" $mnt/s1/f1
rm -f $mnt/f0
xfs_io -c "truncate 784k" $mnt/f1
xfs_io -c "falloc -k 676k 32k" $mnt/s1/f2
xfs_io -c "dedupe $mnt/f3 216k 0 32k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f0 124k 560k 828k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f1 1372160 500k 3m" $mnt/s1/f0
xfs_io -f -c "pwrite 1835008 232k" -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 692k 24k" $mnt/s1/g0
xfs_io -c "pwrite 280k 176k" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 456k 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 128k 1m" -c "fsync" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "falloc -k 595662 32k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 348k 28k" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
rm $mnt/s2/f2
