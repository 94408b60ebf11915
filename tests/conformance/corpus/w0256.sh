# extsim conformance workload, gen.py seed 256
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 708k 4k" $mnt/f0
xfs_io -c "falloc 1204224 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 440k 96k 728k" $mnt/f0
xfs_io -c "pwrite -S 0x62 912k 1m" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 61611 108k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 877556 212k" $mnt/f1
sync
xfs_io -c "truncate 1521611" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 12k 60k" $mnt/s1/g1
xfs_io -c "fzero -k 1335296 8453" $mnt/f0
chattr +C $mnt/f1
xfs_io -c "falloc -k 891877 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1716224 8k" $mnt/s1/g2
xfs_io -c "falloc 1995200 32k" $mnt/s1/g1
xfs_io -c "fpunch 2015042 60k" $mnt/s1/g1
xfs_io -c "falloc -k 976k 12k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 348k 7745" $mnt/f1
xfs_io -c "fsync" $mnt/s1/f0
sync
xfs_io -f -c "pwrite -S 0x61 1376256 44k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f0 1499136 1703936 452k" $mnt/s1/g2
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x63 1750163 60k" -c "fdatasync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
sync
sync
xfs_io -c "pwrite -S 0x62 2080768 156k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/g2 608k 0 1548288" $mnt/s1/g2
xfs_io -c "dedupe $mnt/s3/f2 1101824 0 316k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1830912 20k" $mnt/f0
xfs_io -c "fdatasync" $mnt/s3/f0
xfs_io -c "reflink $mnt/s3/f2 1216512 1654784 132k" $mnt/s3/f0
xfs_io -f -c "pwrite -S 0x62 1884160 16k" $mnt/s3/g0
xfs_io -c "fzero 248k 56k" $mnt/f0
xfs_io -c "falloc 2035712 124k" $mnt/s3/f0
xfs_io -f -c "pwrite -S 0x63 1245184 10216" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 1425408" $mnt/s3/g0
xfs_io -c "fpunch 216k 40k" $mnt/f2
xfs_io -c "dedupe $mnt/s2/f0 748k 0 1220608" $mnt/s1/g2
xfs_io -c "falloc -k 336018 128k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/g0 1449984 8k 32k" $mnt/f0
xfs_io -c "reflink $mnt/s3/f1 144k 152k 12k" $mnt/s3/f1
xfs_io -f -c "falloc 816k 4m" $mnt/s1/g3
xfs_io -f -c "truncate 1727157" $mnt/s1/g4
xfs_io -c "pwrite 480k 32k" $mnt/s1/g4
xfs_io -c "pwrite -S 0xcd 844k 44k" -c "fdatasync" $mnt/s3/f1
xfs_io -f -c "reflink $mnt/f1 428k 1097728 340k" $mnt/f3
xfs_io -c "reflink $mnt/s3/f2 1064960 256k 52k" $mnt/f1
xfs_io -c "reflink $mnt/s1/g0 1298432 1708032 180k" $mnt/f0
sync
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "pwrite -S 0x63 1564672 20k" -c "fsync" $mnt/s1/g3
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "falloc -k 156k 28k" $mnt/s1/g0
