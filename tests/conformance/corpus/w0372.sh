# extsim conformance workload, gen.py seed 372
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "reflink $mnt/f0 0 1249280 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 864k 140k" $mnt/f0
xfs_io -c "falloc -k 1916928 252k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 124k 60k 4k" $mnt/f0
xfs_io -c "pwrite 316k 7722" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 884k 520k 124k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x61 664k 8k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "reflink $mnt/s1/g0 0 1859584 4k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 0 1368064 4k" $mnt/s1/g0
xfs_io -c "fpunch 316k 32k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 984k 1370" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 804k 8k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 844k 496k 152922" $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "truncate 520k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 356k 36k 4k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 224k 184k 8k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 77827 80k" $mnt/s1/g0
md5sum $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 328k 56k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 1552384 24k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "truncate 800k" $mnt/s1/g0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "falloc -k 356k 172k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 244k 392k 48k" $mnt/s1/g0
xfs_io -c "falloc 152k 4k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 456k 16k 196k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 1470464 24k" $mnt/s1/g1
xfs_io -c "falloc 268k 40k" $mnt/s1/g0
