# extsim conformance workload, gen.py seed 294 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "truncate 30113792" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 15511552 44k 24k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 5246330 6905856 204k" $mnt/s1/g0
xfs_io -c "fpunch 15261696 28k" $mnt/s1/g0
xfs_io -c "falloc 31121408 6m" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 -b 1m 5570560 5m" -c "fdatasync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 17997824 5107" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 15833845 80k" -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 14868480 1533" $mnt/s1/g0
xfs_io -c "fzero -k 37257216 36k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 -b 1m 35934208 14m" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 35934208 28692480 12496896" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 12189696 28k 4k" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 5824512 24428544 13119488" $mnt/s1/g0
xfs_io -c "fpunch 2166784 8k" $mnt/s1/g0
xfs_io -f -c "falloc -k 30999775 12k" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/g0 30957568 14086144 19660800" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/s2/f1 0 7061504 4k" $mnt/s1/g0
xfs_io -c "fpunch 29771220 28k" $mnt/f0
sync
sync
xfs_io -c "pwrite -S 0x63 19435520 32k" $mnt/s2/f0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 0 12341248 4k" $mnt/s2/f0
md5sum $mnt/s2/f1
xfs_io -c "pwrite -b 1m 17555456 7m" $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 10551296 32354304 4648960" $mnt/f1
xfs_io -c "reflink $mnt/f0 19009536 14393344 68k" $mnt/s2/f0
chattr +C $mnt/f1
rm $mnt/f0
xfs_io -c "fsync" $mnt/s2/f1
xfs_io -c "reflink $mnt/s2/f1" $mnt/f1
xfs_io -c "reflink $mnt/f1 0 14663680 12k" $mnt/s2/f0
