# extsim conformance workload, gen.py seed 243
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 440k 28k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "falloc -k 428k 12k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 300k 60k" $mnt/f0
xfs_io -c "pwrite -S 0x61 116k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 348k 52k" $mnt/f0
xfs_io -c "fpunch 381985 44k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
md5sum $mnt/f1
xfs_io -c "truncate 164k" $mnt/f0
xfs_io -c "falloc -k 1507328 192k" $mnt/f1
xfs_io -c "truncate 1653587" $mnt/f1
xfs_io -c "pwrite -S 0x62 1466368 44k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "dedupe $mnt/f1 972k 156k 16k" $mnt/f0
xfs_io -c "fpunch 151092 44k" $mnt/f0
xfs_io -c "reflink $mnt/f1 432k 432k 28k" $mnt/f1
xfs_io -c "fpunch 100k 8k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 408k 1m" $mnt/sv/g0
xfs_io -c "falloc 1183744 40k" $mnt/f1
xfs_io -c "falloc 150758 24k" $mnt/f0
xfs_io -c "falloc 20k 36k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 896k 929" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 8k 4k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 1204224 416k 8k" $mnt/sv/g0
xfs_io -c "falloc 1212416 32k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f1 16k 40k 12k" $mnt/f0
touch $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -c "reflink $mnt/f0 136k 1531904 8k" $mnt/sv/g1
xfs_io -c "falloc 792k 148k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 232k 56k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x62 51577 11550" $mnt/sv/g1
xfs_io -c "fzero 84k 176k" $mnt/f0
xfs_io -c "reflink $mnt/f1 1020k 836k 240k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "reflink $mnt/sv/g0 468k 1716224 348k" $mnt/sv/g2
xfs_io -f -c "pwrite 1085440 5008" $mnt/sv/g0
xfs_io -f -c "falloc 2078970 32k" $mnt/f2
xfs_io -f -c "falloc 1796614 56k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 1159168 1126400 28k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 128k 8k" $mnt/f3
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "fpunch 122742 16k" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x62 -b 1m 888k 3m" $mnt/s1/g0
xfs_io -c "truncate 1523712" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s2
sync
xfs_io -c "falloc -k 1699840 5724" $mnt/s2/f3
xfs_io -c "fpunch 1617920 16k" $mnt/f1
xfs_io -c "fpunch 1740596 28k" $mnt/f2
rm $mnt/s2/f3
xfs_io -c "dedupe $mnt/s1/g2 1888256 1482752 16k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 709792 36k" $mnt/s1/g3
xfs_io -c "reflink $mnt/sv/g1 1138688 1310720 16k" $mnt/sv/g0
xfs_io -f -c "truncate 1647241" $mnt/s2/g0
xfs_io -c "reflink $mnt/s1/g1 524k 524k 312k" $mnt/s1/g1
