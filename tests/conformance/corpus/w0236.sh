# extsim conformance workload, gen.py seed 236
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 1527808 48k" $mnt/f0
xfs_io -c "pwrite -S 0x62 105242 88k" $mnt/f0
xfs_io -c "falloc 47820 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 744k 64k 32k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 1486848 8k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x61 376k 64k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1163264 856k 408k" $mnt/f0
chattr +C $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x63 0 200k" -c "fdatasync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 916k 0 628k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 529793 20k" $mnt/f1
xfs_io -c "falloc -k 244562 20k" $mnt/f1
xfs_io -f -c "falloc 220k 10929" $mnt/f2
xfs_io -c "fpunch 76k 44k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f0 388k 192k 20k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 19238 4957" -c "fdatasync" $mnt/f2
xfs_io -c "falloc -k 128686 4m" $mnt/f2
xfs_io -c "pwrite -S 0x63 232k 196k" $mnt/f1
xfs_io -c "pwrite 152k 156k" $mnt/f0
xfs_io -c "reflink $mnt/f2 132k 536k 40k" $mnt/s1/f0
xfs_io -c "truncate 240k" $mnt/f1
xfs_io -c "falloc -k 1277952 16k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 1544192 248k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 588k 40k" -c "fsync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 136k 9328" $mnt/f3
xfs_io -c "fpunch 852k 28k" $mnt/s1/f0
xfs_io -c "falloc -k 864210 6686" $mnt/f3
xfs_io -c "pwrite -S 0x61 940329 11224" $mnt/f3
xfs_io -c "truncate 112k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 72k 460k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 316k 64k" $mnt/f0
xfs_io -c "falloc -k 700k 64k" $mnt/s1/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x63 1314816 12k" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -c "reflink $mnt/f2 112k 408k 4k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 220k 2068480 8k" $mnt/s1/g0
xfs_io -c "truncate 36k" $mnt/f2
xfs_io -c "falloc 176004 40k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g0 888k 0 16k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 256k 176k 8k" $mnt/f0
md5sum $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 1168270 44k" -c "fsync" $mnt/s1/g1
sync
xfs_io -c "dedupe $mnt/s1/g1 848k 8k 12k" $mnt/f2
xfs_io -c "falloc 884k 48k" $mnt/f3
xfs_io -c "fpunch 1601536 20k" $mnt/f0
sync
xfs_io -c "fzero -k 16k 220k" $mnt/f2
xfs_io -c "reflink $mnt/f3 616k 604k 32k" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 804k 172k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f1 128k 136k 40k" $mnt/f1
xfs_io -c "falloc 1728419 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 4k 252k 28k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f1 244k 0 8k" $mnt/s1/f0
xfs_io -f -c "truncate 1331200" $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x62 -b 1m 504k 1m" $mnt/f4
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "reflink $mnt/s1/f0 128k 1183744 0" $mnt/s1/g2
xfs_io -c "falloc 135665 172k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s2/f0 1277952 628k 208k" $mnt/s1/f0
