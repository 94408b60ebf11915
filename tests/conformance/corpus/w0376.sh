# extsim conformance workload, gen.py seed 376
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 1626117 24k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x61 375586 112k" -c "fdatasync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1445888 10028" $mnt/f1
xfs_io -c "falloc 340k 248k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1101824 16k" $mnt/f0
xfs_io -c "fpunch 1642496 32k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 392k 1277952 8k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s2
rm $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f0 668k 472k 528k" $mnt/f1
xfs_io -c "falloc 584k 140k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "fzero -k 1317731 12k" $mnt/s3/f0
xfs_io -c "fpunch 1325971 16k" $mnt/s3/f0
sync
xfs_io -c "truncate 720k" $mnt/f1
xfs_io -c "dedupe $mnt/s3/f1 876k 0 562988" $mnt/s3/f1
xfs_io -c "pwrite -S 0xcd 204713 52k" $mnt/s3/f0
xfs_io -c "dedupe $mnt/s3/f1 468k 476k 12k" $mnt/s3/f1
xfs_io -c "reflink $mnt/s3/f0 1540096 1482752 104k" $mnt/s3/f0
xfs_io -f -c "reflink $mnt/s1/g0 1179648 1183744 28k" $mnt/s1/g0
xfs_io -c "fpunch 1363968 12k" $mnt/s1/g0
xfs_io -c "falloc 612k 52k" $mnt/f1
xfs_io -c "reflink $mnt/s1/g0 252k 459258 244k" $mnt/f1
xfs_io -c "pwrite -S 0x61 888k 12k" $mnt/s3/f0
xfs_io -c "pwrite -S 0x61 480268 11475" -c "fdatasync" $mnt/f1
md5sum $mnt/s2/f1
xfs_io -r -c "fiemap -v" $mnt/s3/f1
xfs_io -c "fdatasync" $mnt/s3/f1
xfs_io -f -c "pwrite -S 0x62 96k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1150976 1662976 368k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 176k 44k" $mnt/f1
xfs_io -c "dedupe $mnt/s2/f0 508k 1020k 28k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 0 240k" -c "fsync" $mnt/s3/f0
chattr +C $mnt/s1/g0
xfs_io -c "fsync" $mnt/s3/f0
xfs_io -c "pwrite -S 0xcd 204k 36k" $mnt/f1
xfs_io -c "pwrite -S 0x62 364602 218" $mnt/f1
xfs_io -c "fzero -k 2031616 60k" $mnt/f1
xfs_io -c "pwrite -S 0x61 235868 28k" $mnt/f1
xfs_io -c "reflink $mnt/s2/f0 1507328 1118208 8k" $mnt/s1/g0
xfs_io -c "falloc 222038 20k" $mnt/f0
xfs_io -c "reflink $mnt/s3/f0 16k 472k 4k" $mnt/f1
xfs_io -c "dedupe $mnt/s3/f0 280k 0 1368069" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 644k 64k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1843200 40k" $mnt/s1/g0
md5sum $mnt/f1
xfs_io -c "reflink $mnt/s2/f0 648k 188k 995333" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "truncate 980k" $mnt/s3/f1
sync
xfs_io -c "pwrite -S 0x61 668182 5504" $mnt/s3/f0
xfs_io -c "dedupe $mnt/s2/f1 1208320 884k 16k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f1" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/s2/f1
xfs_io -c "falloc -k 920k 44k" $mnt/s3/f1
xfs_io -c "dedupe $mnt/s2/f0 1568768 28k 8k" $mnt/f0
xfs_io -c "truncate 1458200" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 908k 3m" $mnt/s3/f0
xfs_io -c "truncate 1640956" $mnt/s3/f0
xfs_io -f -c "falloc -k 1294336 248k" $mnt/s1/g1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc 456k 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 784k 20k 8k" $mnt/f0
