# extsim conformance workload, gen.py seed 302
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 1671114 152k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 1m 4k 16k" $mnt/sv/g0
sync
xfs_io -f -c "pwrite -S 0xcd 1986560 60k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0xcd 592k 204k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 176k 24k" -c "fsync" $mnt/sv/g1
chattr +C $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "falloc 328k 1m" $mnt/sv/g0
sync
xfs_io -c "pwrite 660k 52k" -c "fdatasync" $mnt/sv/g1
chattr +C $mnt/sv/g0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "fpunch 1476881 32k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/g1 556k 768k 24k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 1380352 55" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g1 1961984 880k 8k" $mnt/s1/g0
xfs_io -c "reflink $mnt/sv/g0 276k 2064384 660k" $mnt/s1/g1
xfs_io -c "reflink $mnt/sv/g0 96k 804k 1409024" $mnt/sv/g0
xfs_io -c "falloc -k 1212416 176k" $mnt/sv/g1
btrfs subvolume snapshot -r $mnt/sv $mnt/s2
xfs_io -c "dedupe $mnt/sv/g0 804k 800k 16k" $mnt/sv/g0
xfs_io -c "falloc 1409024 16k" $mnt/sv/g1
xfs_io -c "fpunch 1171456 12031" $mnt/sv/g1
xfs_io -c "falloc -k 1073152 10420" $mnt/s1/g1
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 748308 12k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 28k 40k" $mnt/s1/g1
chattr +C $mnt/sv/g1
xfs_io -c "falloc 639903 28k" $mnt/sv/g1
chattr +C $mnt/s1/g1
sync
xfs_io -f -c "pwrite -S 0x61 1067637 36k" $mnt/sv/g2
xfs_io -c "falloc 2023424 52k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/s2/g0 1187840 860k 20k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 760k 748k 24k" $mnt/sv/g0
xfs_io -c "fpunch 1839104 216k" $mnt/sv/g1
rm $mnt/s1/g1
xfs_io -c "dedupe $mnt/sv/g2 488k 12k 32k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s2/g0 1716224 1667072 24k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 936k 680k 40k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 1789952 64k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 1499136 40k" $mnt/sv/g0
xfs_io -c "fpunch 92k 52k" $mnt/sv/g2
xfs_io -c "fdatasync" $mnt/sv/g1
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x61 1504375 4m" $mnt/sv/g0
xfs_io -c "fpunch 174017 44k" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g1 1658880 2551808 116k" $mnt/sv/g0
xfs_io -c "falloc 796k 8k" $mnt/sv/g2
xfs_io -c "truncate 1298432" $mnt/sv/g2
xfs_io -c "reflink $mnt/s1/g0 16k 1777664 0" $mnt/sv/g2
xfs_io -c "fzero 104k 12k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 1355776 1316" $mnt/s1/g0
touch $mnt/s3/g0
chattr +C $mnt/s3/g0
xfs_io -c "reflink $mnt/s2/g1 1970176 2723840 24k" $mnt/sv/g2
xfs_io -f -c "pwrite 2674688 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0" $mnt/s3/g0
xfs_io -c "reflink $mnt/s2/g0 1257472 2412544 573386" $mnt/s3/g0
