# extsim conformance workload, gen.py seed 136
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x63 839548 36k" $mnt/f1
chattr +C $mnt/f0
md5sum $mnt/f1
xfs_io -c "dedupe $mnt/f0 1372160 1363968 20k" $mnt/f0
xfs_io -c "falloc 1093632 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 304k 956k 528k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1818445 32k" $mnt/f2
xfs_io -c "pwrite 596k 8k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 648k 0 840k" $mnt/f1
xfs_io -c "reflink $mnt/f1 80k 1216512 88k" $mnt/f2
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 1372160 44k 16k" $mnt/f0
xfs_io -f -c "reflink $mnt/sv/g0 0 800k 0" $mnt/f3
rm $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/sv/g0 0 2064384 4k" $mnt/f2
xfs_io -c "reflink $mnt/f2 728k 2011136 648k" $mnt/sv/g0
xfs_io -f -c "pwrite 1418868 56k" $mnt/sv/g0
xfs_io -f -c "pwrite 243393 160k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 712k 5517" $mnt/sv/g1
xfs_io -c "reflink $mnt/f2 180k 1736704 168k" $mnt/f2
xfs_io -c "fpunch 504k 4k" $mnt/f1
chattr +C $mnt/sv/g1
xfs_io -c "fsync" $mnt/f3
xfs_io -c "fpunch 1000k 4k" $mnt/f3
xfs_io -c "reflink $mnt/f2 760k 732k 104k" $mnt/f2
xfs_io -c "fpunch 1409024 2825" $mnt/f2
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 468k 172k" $mnt/f1
xfs_io -c "fpunch 967051 2m" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 284k 68k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 12k 4k" $mnt/f1
xfs_io -c "falloc 661562 68k" $mnt/f2
xfs_io -c "pwrite -S 0x63 920k 48k" -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 1998848 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1728512 24k" $mnt/sv/g2
xfs_io -c "dedupe $mnt/f2 160k 64k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1505807 44k" $mnt/f4
xfs_io -c "pwrite -S 0x61 12k 16k" -c "fsync" $mnt/f3
xfs_io -c "reflink $mnt/f3 0 980k 24k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1849939 64k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f3
sync
xfs_io -c "pwrite -S 0x61 -b 1m 32k 3m" $mnt/f4
xfs_io -c "truncate 156k" $mnt/sv/g1
xfs_io -f -c "pwrite 364k 92k" -c "fsync" $mnt/f5
xfs_io -r -c "fiemap -v" $mnt/sv/g0
md5sum $mnt/sv/g2
xfs_io -c "fsync" $mnt/f5
xfs_io -c "falloc 1402435 64k" $mnt/f4
xfs_io -c "reflink $mnt/sv/g1 0 1732608 52k" $mnt/f4
xfs_io -f -c "pwrite -S 0x63 532k 140k" -c "fsync" $mnt/sv/g3
xfs_io -f -c "pwrite -S 0x61 1155072 56k" -c "fsync" $mnt/sv/g0
xfs_io -c "truncate 220k" $mnt/f5
