# extsim conformance workload, gen.py seed 202
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "truncate 1794048" $mnt/f0
xfs_io -c "reflink $mnt/f0 1318912 1347584 472k" $mnt/f0
xfs_io -c "falloc 148k 180k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 360k 156k 1314816" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 260k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x62 992k 224k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "fpunch 1163264 96k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 1392640 44k" $mnt/f0
xfs_io -f -c "falloc 1265664 20k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f0 900k 4k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 952k 8190" -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 12k 12k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 496k 52k 28k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/sv/g0 960k 52k 16k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 120k 52k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1126400 64k" -c "fsync" $mnt/f0
xfs_io -c "falloc 1167360 56k" $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/f0
md5sum $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 484k 32k" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0x63 1855674 40k" $mnt/f0
xfs_io -c "pwrite -S 0x63 76k 168k" -c "fsync" $mnt/sv/g0
sync
xfs_io -c "fpunch 1187840 24k" $mnt/sv/g1
touch $mnt/sv/g2
chattr +C $mnt/sv/g2
sync
xfs_io -c "falloc 880k 48k" $mnt/f0
xfs_io -c "fpunch 964k 40k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 -b 1m 1523712 3m" -c "fsync" $mnt/sv/g2
chattr +C $mnt/sv/g0
sync
chattr +C $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 372k 244k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1871872 700k 24k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 472k 308k 156k" $mnt/sv/g0
xfs_io -f -c "falloc 1069056 64k" $mnt/sv/g3
xfs_io -c "falloc 856k 180k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 1998848 20k" -c "fdatasync" $mnt/sv/g4
xfs_io -c "pwrite -S 0x62 132k 24k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 100k 4175" $mnt/sv/g5
xfs_io -c "truncate 308k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g4 484k 164k 28k" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 212k 228k" $mnt/sv/g4
xfs_io -c "falloc -k 255418 52k" $mnt/f0
xfs_io -c "pwrite -S 0x61 376k 60k" $mnt/sv/g0
rm $mnt/sv/g1
xfs_io -c "pwrite 1273856 40k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 864k 36k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 700k 44k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 1437696 16k" $mnt/sv/g4
xfs_io -f -c "pwrite -S 0x61 412k 52k" -c "fdatasync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g4 1818624 40k 32k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 48k 964k 268k" $mnt/sv/g4
xfs_io -c "reflink $mnt/sv/g4 188k 32k 1572864" $mnt/sv/g4
xfs_io -c "dedupe $mnt/f0 1004k 1077248 28k" $mnt/sv/g0
md5sum $mnt/sv/g5
xfs_io -f -c "pwrite -S 0x62 48k 76k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g1 272k 0 24k" $mnt/sv/g1
xfs_io -c "pwrite 440k 24k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 168k 28k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g3 1077248 0 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 439949 6929" $mnt/sv/g1
xfs_io -c "fzero 3817472 224k" $mnt/sv/g2
