# extsim conformance workload, gen.py seed 590
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 2035712 16k" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1589248 52k" -c "fsync" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x63 796k 96k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1220608 1064960 120k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1456870 840k 10145" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "falloc -k 1392640 64k" $mnt/f0
xfs_io -f -c "pwrite 36k 4674" $mnt/f2
xfs_io -c "truncate 1984466" $mnt/f2
xfs_io -f -c "reflink $mnt/f2 220k 488k 1771474" $mnt/f3
xfs_io -c "pwrite -S 0x63 20k 60k" $mnt/f2
xfs_io -c "pwrite -S 0x61 1253376 48k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f3
xfs_io -f -c "truncate 1331200" $mnt/f4
xfs_io -c "falloc 644k 12k" $mnt/f3
xfs_io -c "falloc 1611619 44k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f4
xfs_io -c "dedupe $mnt/f0 1310720 48k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x62 696k 9686" $mnt/f4
xfs_io -c "fzero -k 1986560 2667" $mnt/f0
touch $mnt/f5
chattr +C $mnt/f5
xfs_io -c "fzero 780k 6955" $mnt/f4
