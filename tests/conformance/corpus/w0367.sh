# extsim conformance workload, gen.py seed 367
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1277952 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 784k 220k 76k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 106526 40k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1929216 12k" $mnt/f2
xfs_io -c "reflink $mnt/f0 544k 1004k 72k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 1064960 44k 4k" $mnt/f0
xfs_io -c "falloc 43099 4146" $mnt/f1
xfs_io -c "fsync" $mnt/f1
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "fpunch 24k 128k" $mnt/f1
xfs_io -c "pwrite -S 0x61 596k 1m" $mnt/f0
xfs_io -c "falloc 460k 52k" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 272k 64k" -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x62 212k 136k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 416k 0 4k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 1884160 172k" $mnt/f4
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f4 1691648 1114112 148k" $mnt/f3
xfs_io -c "falloc 1085440 8k" $mnt/f2
xfs_io -c "pwrite -S 0x62 404k 1m" $mnt/f0
xfs_io -c "pwrite -S 0x62 928k 36k" $mnt/f2
sync
xfs_io -c "reflink $mnt/f0 1089536 84k 412k" $mnt/f1
xfs_io -c "fpunch 608k 64k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 464k 156k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite 1953792 1803" $mnt/f4
