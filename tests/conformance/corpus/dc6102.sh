# extsim conformance workload, gen.py seed 6102 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 1990656 28k" $mnt/sv/g0
xfs_io -c "fpunch 348k 44k" $mnt/sv/g0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fzero -k 392k 40k" $mnt/sv/g0
xfs_io -c "falloc 1638400 36k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 664k 188k" $mnt/sv/g0
xfs_io -c "pwrite 241000 28k" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 23815 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 0 16k" $mnt/f0
touch $mnt/sv/g1
chattr +C $mnt/sv/g1
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite 1524798 52k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
touch $mnt/sv/g2
chattr +C $mnt/sv/g2
xfs_io -c "dedupe $mnt/f0 8k 0 27911" $mnt/sv/g2
xfs_io -c "reflink $mnt/f1 1155072 1155072 28k" $mnt/f1
xfs_io -c "fzero -k 1266804 12k" $mnt/sv/g1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 1821994 8k" $mnt/sv/g2
xfs_io -c "pwrite -S 0xcd 436k 6547" -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 608k 16k 28k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 1736704 64k" $mnt/sv/g1
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "fpunch 1372028 64k" $mnt/s2/g1
xfs_io -c "fpunch 1616821 60k" $mnt/s2/g1
xfs_io -c "reflink $mnt/sv/g1 760k 1327104 908k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/s2/g1 192k 0 8k" $mnt/sv/g0
md5sum $mnt/s2/g2
xfs_io -c "pwrite -S 0x62 776k 12k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f1 0 1753088 4k" $mnt/s2/g2
xfs_io -c "fpunch 480k 40k" $mnt/sv/g2
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/s2/g0 1650688 1441792 24k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/f0 256k 36k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1585152 16k" $mnt/s2/g1
xfs_io -c "falloc -k 15586 2m" $mnt/s1/f0
xfs_io -f -c "pwrite 213630 52k" -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 108k 60k" -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x63 1953792 92k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/s2/g1 680k 672k 8k" $mnt/s2/g1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/s2/g2 0 0 32k" $mnt/sv/g2
xfs_io -c "reflink $mnt/s2/g1 788k 1683456 976k" $mnt/f1
xfs_io -c "truncate 1207691" $mnt/sv/g2
xfs_io -c "pwrite 612k 36k" -c "fsync" $mnt/sv/g2
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fzero 540k 64k" $mnt/sv/g1
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/sv/g2 296k 0 8k" $mnt/f2
xfs_io -c "reflink $mnt/sv/g2" $mnt/s2/g1
xfs_io -c "fzero 60k 56k" $mnt/sv/g2
xfs_io -c "falloc 872k 132k" $mnt/sv/g2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 4k 1802240 16k" $mnt/s2/g1
xfs_io -c "reflink $mnt/sv/g1 1634304 84k 12k" $mnt/s1/f0
