# extsim conformance workload, gen.py seed 221
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 271452 36k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 20k 56k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
chattr +C $mnt/s1/f0
xfs_io -c "falloc 20k 220k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 292k 4m" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "truncate 88k" $mnt/f0
xfs_io -c "fzero -k 72k 64k" $mnt/f0
xfs_io -c "reflink $mnt/f0 40k 80k 44k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fpunch 40k 60k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 44k 76k 52k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 81391 224k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 1261568 9622" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "falloc 1589248 52k" $mnt/s2/f0
xfs_io -f -c "falloc 1306624 1m" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 16k 188k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2236416 24k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 1956251 7656" $mnt/s1/g0
rm $mnt/s1/f0
xfs_io -c "dedupe $mnt/s2/f0 776k 24k 16k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 1490944 16k" $mnt/s2/g0
xfs_io -c "pwrite -S 0xcd 1421312 3318" -c "fdatasync" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x62 1777664 28k" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 144k 1039464 32k" $mnt/s2/g1
xfs_io -f -c "pwrite -S 0xcd 2088960 1482" $mnt/s1/g0
xfs_io -c "falloc -k 1507328 112k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 1167360 8k" $mnt/s2/f0
xfs_io -c "pwrite 44k 52k" $mnt/f0
xfs_io -c "reflink $mnt/s2/g1" $mnt/s2/f0
xfs_io -c "truncate 380k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 1196032 28k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 220k 40k" $mnt/s1/g0
xfs_io -c "falloc -k 40k 60k" $mnt/f0
xfs_io -c "fzero 212k 64k" $mnt/s2/g1
xfs_io -f -c "reflink $mnt/f1 644k 1187840 1150976" $mnt/f2
sync
xfs_io -c "pwrite -S 0x62 816k 136k" $mnt/s2/f0
xfs_io -c "dedupe $mnt/f2 0 0 4k" $mnt/s2/g1
