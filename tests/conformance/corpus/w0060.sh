# extsim conformance workload, gen.py seed 60
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 376k 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 316k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 32k 28k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x61 832k 216k" $mnt/f0
xfs_io -c "fpunch 202991 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1630208 204k" $mnt/f1
xfs_io -c "fpunch 1606677 2m" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 1744896 8k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 285362 64k" $mnt/f3
md5sum $mnt/f1
xfs_io -c "dedupe $mnt/f1 28k 672k 32k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
md5sum $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 1427669 24k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1331200 16k" $mnt/s1/f3
xfs_io -c "pwrite 472k 128k" $mnt/f1
xfs_io -c "reflink $mnt/s1/g0 1212416 1875968 108k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f2 312k 1462272 4k" $mnt/s1/f2
xfs_io -c "falloc -k 1097728 112k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 1601536 1400832 0" $mnt/f2
xfs_io -c "pwrite -S 0x61 1334770 32k" $mnt/s1/f3
xfs_io -c "reflink $mnt/f0 192k 64k 580k" $mnt/f3
xfs_io -c "reflink $mnt/f2 1167360 1122304 96k" $mnt/s1/g0
xfs_io -c "falloc 244k 112k" $mnt/f2
xfs_io -c "falloc 216741 60k" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f1 1626112 1318912 32k" $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "truncate 2052136" $mnt/f0
xfs_io -c "pwrite -S 0x62 1507328 60k" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f0 708k 1368064 24k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g0 1232896 0 740k" $mnt/f1
xfs_io -c "reflink $mnt/f3" $mnt/f3
xfs_io -c "reflink $mnt/f3 296k 108k 352k" $mnt/s1/f3
xfs_io -c "pwrite -S 0x61 324k 48k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 1069056 675062 12k" $mnt/s1/f1
xfs_io -c "pwrite 356k 64k" $mnt/f0
md5sum $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 340k 8331" $mnt/f2
xfs_io -c "falloc 624k 108k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 1474560 9026" $mnt/f4
xfs_io -c "falloc 1724416 16k" $mnt/f4
xfs_io -f -c "reflink $mnt/f3 196k 728k 456k" $mnt/f5
xfs_io -f -c "falloc 928k 24k" $mnt/f6
xfs_io -c "fpunch 996k 3m" $mnt/f4
xfs_io -c "fpunch 1081344 48k" $mnt/f1
