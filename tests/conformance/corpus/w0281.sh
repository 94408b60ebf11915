# extsim conformance workload, gen.py seed 281
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 1171456 4m" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 784k 7667" $mnt/f0
xfs_io -c "pwrite -S 0x63 3823588 11627" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 300k 3973120 16k" $mnt/f0
xfs_io -c "fzero 3825664 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 2732956 4k" $mnt/f0
rm $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 1912832 60k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 1177024 168k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 36k 20k 16k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 1527808 132k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 144k 16k" $mnt/s1/g0
xfs_io -f -c "pwrite 295785 196k" $mnt/s1/g0
xfs_io -c "truncate 804k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 620k 92k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 372k 2242" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 12k 1908736 656k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 224k 280k 228k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 356k 2433024 1835008" $mnt/s1/g0
rm $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 1687538 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1519616 320k 172k" $mnt/f0
xfs_io -c "truncate 1413120" $mnt/f0
xfs_io -c "pwrite -S 0x61 342696 10786" $mnt/f0
xfs_io -c "pwrite -S 0x61 1634304 48k" $mnt/f0
