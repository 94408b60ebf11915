# extsim conformance workload, gen.py seed 476
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
touch $mnt/f0
chattr +C $mnt/f0
chattr +C $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "truncate 264k" $mnt/f0
xfs_io -c "pwrite -S 0x61 192k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x61 176k 228k" -c "fdatasync" $mnt/f0
xfs_io -f -c "truncate 1064960" $mnt/f1
umount $mnt
mount $dev $mnt
sync
xfs_io -c "pwrite -S 0x61 552k 116k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 424k 2m" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 457200 2m" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 1511424 136k" $mnt/f0
xfs_io -c "truncate 592k" $mnt/f1
xfs_io -c "truncate 778610" $mnt/f1
xfs_io -c "dedupe $mnt/f0 740k 512k 28k" $mnt/f0
xfs_io -f -c "falloc 1384448 12k" $mnt/f2
xfs_io -c "pwrite -S 0x62 396k 64k" $mnt/f1
xfs_io -c "pwrite -S 0x63 1389969 100k" $mnt/f0
rm -f $mnt/f2
xfs_io -c "falloc -k 236k 128k" $mnt/f1
xfs_io -c "reflink $mnt/f1 364k 1196032 100k" $mnt/f0
rm $mnt/f0
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f1 540k 216k 32k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x61 1290240 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 640k 52k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "reflink $mnt/f2 456k 20k 116k" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 767546 32k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 376k 64k" $mnt/f2
xfs_io -c "truncate 303509" $mnt/f1
sync
xfs_io -c "reflink $mnt/f1 280k 920k 4k" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/f0 980k 0 12k" $mnt/f0
xfs_io -c "falloc -k 893006 24k" $mnt/f1
xfs_io -c "falloc -k 72k 220k" $mnt/f1
xfs_io -c "reflink $mnt/f2 24k 600k 900k" $mnt/f2
xfs_io -c "pwrite -S 0x62 1179648 52k" $mnt/f0
xfs_io -f -c "pwrite 568k 172k" $mnt/f2
xfs_io -c "reflink $mnt/f1 112k 44k 12k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "falloc -k 608k 20k" $mnt/f3
sync
