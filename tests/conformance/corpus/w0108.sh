# extsim conformance workload, gen.py seed 108
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 5022524 44k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1785856 452k 8k" $mnt/f0
rm -f $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -f -c "falloc 8216672 4m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "truncate 7360939" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 3043328 9584" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2117632 0 12k" $mnt/f0
xfs_io -f -c "pwrite 6196060 36k" $mnt/f0
xfs_io -c "reflink $mnt/f0 5316608 6795264 1224704" $mnt/f0
xfs_io -c "falloc -k 1813015 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 7757824 6299648 220k" $mnt/f0
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 2523136 16k" -c "fdatasync" $mnt/sv/g1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "truncate 3448832" $mnt/f0
xfs_io -c "pwrite -S 0x62 468502 8k" $mnt/sv/g1
xfs_io -f -c "pwrite 3088384 5101" $mnt/f0
chattr +C $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 6873088 2981888 12k" $mnt/f0
xfs_io -c "fpunch 112k 52k" $mnt/s2/f0
xfs_io -f -c "reflink $mnt/sv/g1 1351680 5230592 1191936" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x63 3504279 36k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 64k 176k" -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite 6623232 96k" $mnt/sv/g1
xfs_io -c "truncate 8329951" $mnt/s2/f0
xfs_io -r -c "fiemap -v" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 3805184 12k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 7491584 8k" $mnt/s2/g0
