# extsim conformance workload, gen.py seed 216
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 612k 184k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -b 1m 272k 4m" $mnt/f0
xfs_io -c "falloc -k 1818624 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3493888 736k 964k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f0 2195456 4071424 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1888256 216k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2764800 3874816 1351680" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 4218880 216k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1691648 1531904 968k" $mnt/f1
xfs_io -c "reflink $mnt/f0 952k 4374528 2310144" $mnt/f0
xfs_io -c "truncate 296k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "pwrite -S 0x63 5541888 144k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 368k 272k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 290891 1008" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1277952 312k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "pwrite -S 0x62 64k 52k" $mnt/f1
xfs_io -c "truncate 1731642" $mnt/f0
xfs_io -c "pwrite -S 0x63 216k 52k" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 728k 12k" $mnt/f2
xfs_io -c "pwrite -S 0x63 185894 10192" -c "fdatasync" $mnt/f1
xfs_io -c "falloc 292k 32k" $mnt/f1
rm -f $mnt/f0
xfs_io -c "truncate 152k" $mnt/f2
xfs_io -c "reflink $mnt/f2 100k 432k 28k" $mnt/f2
xfs_io -c "fzero -k 64k 96k" $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1060864 48k" $mnt/f1
xfs_io -f -c "reflink $mnt/f2 204k 1540096 168k" $mnt/f0
xfs_io -c "pwrite -S 0x62 188k 64k" $mnt/f0
xfs_io -c "reflink $mnt/f1 532k 660k 36k" $mnt/f0
xfs_io -c "reflink $mnt/f1 728k 204k 360k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "dedupe $mnt/f2 324k 60k 24k" $mnt/f0
umount $mnt
mount $dev $mnt
