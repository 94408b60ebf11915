# extsim conformance workload, gen.py seed 575
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 0 644k 4k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 520k 11269" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 808k 232k" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x63 429278 60k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 212k 44k" $mnt/sv/g3
xfs_io -c "fdatasync" $mnt/sv/g2
xfs_io -c "falloc 381366 52k" $mnt/sv/g2
xfs_io -f -c "reflink $mnt/sv/g0 52k 124k 449758" $mnt/f0
xfs_io -c "pwrite -S 0x61 164k 20k" $mnt/sv/g3
xfs_io -c "falloc -k 852k 4k" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x62 988246 188k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g1 380k 0 4k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g3 160k 20k 4k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/sv/g2
xfs_io -f -c "falloc 768k 20k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x63 240k 40k" $mnt/f1
xfs_io -c "truncate 764k" $mnt/sv/g3
md5sum $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g2 208k 452k 196k" $mnt/f1
xfs_io -c "pwrite 229732 44k" $mnt/sv/g1
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 636k 56k" $mnt/f0
xfs_io -c "falloc -k 588k 12k" $mnt/f1
xfs_io -c "fsync" $mnt/sv/g2
xfs_io -c "fpunch 652k 24k" $mnt/sv/g3
xfs_io -c "falloc 324015 3m" $mnt/sv/g3
xfs_io -c "dedupe $mnt/sv/g3 2658304 672k 32k" $mnt/f1
xfs_io -f -c "pwrite 340k 60k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 0 132k" $mnt/sv/g0
xfs_io -f -c "falloc 132k 16k" $mnt/sv/g4
xfs_io -c "pwrite -S 0x61 3321856 612" $mnt/sv/g3
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "truncate 391560" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 444k 48k 28k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 8k 12k 32k" $mnt/sv/g0
xfs_io -c "pwrite 376k 8564" $mnt/sv/g3
xfs_io -c "fsync" $mnt/sv/g2
xfs_io -c "falloc -k 570301 48k" $mnt/f0
xfs_io -c "fpunch 28k 32k" $mnt/sv/g4
xfs_io -f -c "pwrite -S 0xcd 248k 20k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/s1/f1 544k 20k 4k" $mnt/f0
xfs_io -c "fpunch 1525887 44k" $mnt/sv/g3
xfs_io -c "falloc -k 375701 108k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 244k 360k 32k" $mnt/sv/g0
