# extsim conformance workload, gen.py seed 587
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 1617920 4k" $mnt/f0
sync
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 1937408 1925120 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4k 124k 4k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x63 1409024 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1265664 176k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1249280 52k" -c "fsync" $mnt/f0
umount $mnt
mount $dev $mnt
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2088960 200k" $mnt/f0
xfs_io -c "pwrite -S 0x63 976k 64k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 2286635 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1949696 0 365611" $mnt/f0
xfs_io -c "pwrite -S 0x61 660k 12k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 480k 112k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 1921024 1m" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f1 304k 0 2662400" $mnt/s1/f0
xfs_io -c "truncate 2043904" $mnt/f0
xfs_io -c "fpunch 680k 56k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 192k 276k 672k" $mnt/s1/f0
xfs_io -c "fpunch 408k 1m" $mnt/f0
xfs_io -c "dedupe $mnt/f1 256k 372k 2726" $mnt/f0
chattr +C $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 328k 40k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 2199552 8k" $mnt/f1
xfs_io -c "falloc 780k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1867701 140k" $mnt/s1/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "falloc -k 1740800 52k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f1 304k 1724416 2666496" $mnt/s1/f1
xfs_io -c "pwrite -S 0xcd 2379776 20k" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1798144 28k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 4k 44k" -c "fdatasync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 940k 24k" $mnt/s1/f0
xfs_io -c "falloc 2273280 7994" $mnt/s1/f1
xfs_io -c "fsync" $mnt/f2
xfs_io -c "pwrite -S 0x61 1552384 60k" $mnt/f2
xfs_io -c "reflink $mnt/s1/g0 92k 1536000 568k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 212k 116k" $mnt/f2
xfs_io -c "fpunch 236k 20k" $mnt/f0
xfs_io -c "fzero 749618 40k" $mnt/f1
xfs_io -c "falloc 2662400 20k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 1363968 216k" $mnt/f2
xfs_io -c "falloc -k 935666 88k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 1888256 2011136 20k" $mnt/s1/g0
xfs_io -c "falloc 2641920 12k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 1171456 96k" $mnt/f3
xfs_io -c "fzero -k 1855488 20k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 468k 64k" $mnt/s1/g0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f3 1012k 2809856 88k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 1097728 32k" $mnt/f3
xfs_io -c "falloc 1388544 112k" $mnt/f0
xfs_io -f -c "pwrite 60k 7839" $mnt/s1/g1
xfs_io -c "truncate 2357583" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f1 536k 48k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f2 1093632 1703936 60k" $mnt/f1
rm $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 31990 60k" -c "fsync" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 624k 140k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -r -c "fiemap -v" $mnt/s1/f0
