# extsim conformance workload, gen.py seed 550
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "truncate 487214" $mnt/f0
xfs_io -c "reflink $mnt/f0 420k 40k 40k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite 148k 8263" $mnt/f0
xfs_io -c "reflink $mnt/f0 360k 360k 126766" $mnt/f0
xfs_io -c "truncate 1284097" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 185064 136k" $mnt/f0
xfs_io -c "reflink $mnt/f0 28k 1355776 332k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc -k 1625754 44k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 944k 372k 120k" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 204k 4339" $mnt/f0
xfs_io -c "pwrite -S 0x62 712k 256k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 1560576 804k 20k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 1630208 60k" $mnt/f0
xfs_io -c "reflink $mnt/f0 924k 916k 24k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fpunch 1502265 124k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 1159168 1331200 480k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 1798144 60k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 548k 48k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 84k 60k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1384448 1560576 12k" $mnt/f1
md5sum $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1089536 1912832 596k" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 520k 1867" -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 328973 12k" $mnt/s1/g0
xfs_io -c "pwrite 280k 32k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "truncate 712817" $mnt/f1
xfs_io -c "falloc 1863680 48k" $mnt/f0
xfs_io -c "pwrite -S 0x62 14990 32k" $mnt/f1
xfs_io -c "truncate 1243762" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/f0 1277952 1875968 624k" $mnt/f3
xfs_io -f -c "pwrite 1515520 20k" $mnt/f4
xfs_io -c "fzero 608k 32k" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 1130496 32k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 1675286 20k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 992k 1m" $mnt/f4
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 100k 112k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 32k 52k" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/s1/g0 156k 848k 240k" $mnt/s1/g1
xfs_io -f -c "reflink $mnt/f3 0 1822720 4k" $mnt/f5
xfs_io -c "fpunch 320k 36k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 1372160 44k 20k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g1 404k 356k 76k" $mnt/s1/g0
rm -f $mnt/f1
xfs_io -c "falloc 474425 8481" $mnt/f0
xfs_io -c "reflink $mnt/f3 0 2056192 8k" $mnt/s1/f0
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 1265664" $mnt/f4
xfs_io -c "fpunch 1835008 16k" $mnt/f4
