# extsim conformance workload, gen.py seed 227
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1724802 32k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 736k 1016k 872k" $mnt/f1
xfs_io -c "reflink $mnt/f1" $mnt/f0
xfs_io -c "reflink $mnt/f0 1839104 28k 8k" $mnt/f0
xfs_io -c "truncate 184k" $mnt/f0
xfs_io -c "reflink $mnt/f1 812k 1785856 724k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1646592 32k" $mnt/f1
rm -f $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 2489257 216k" $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1564672 56k" $mnt/f0
xfs_io -c "reflink $mnt/f1 1605632 628k 204k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 417102 228k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1306624 28k" $mnt/f0
xfs_io -c "pwrite -S 0x63 401609 52k" $mnt/f0
xfs_io -c "reflink $mnt/f1" $mnt/f0
xfs_io -c "pwrite -S 0xcd 2572098 60k" $mnt/f1
xfs_io -c "fpunch 808k 8260" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f1 1056768 16k 32k" $mnt/f0
xfs_io -f -c "falloc -k 1192346 56k" $mnt/f2
xfs_io -c "falloc 308k 56k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 2094512 52k" $mnt/f0
xfs_io -c "pwrite 2134016 240k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "falloc 143897 24k" $mnt/s2/f2
xfs_io -c "fpunch 90125 28k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 1254555 2m" $mnt/s2/f1
xfs_io -c "dedupe $mnt/s2/f0 1986560 0 8k" $mnt/s2/f2
xfs_io -c "reflink $mnt/s2/f2 1310720 1126400 32k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f2 300k 2203648 48k" $mnt/s2/f0
xfs_io -f -c "reflink $mnt/s1/g0 376k 388k 12k" $mnt/s1/g0
xfs_io -f -c "falloc -k 1929216 64k" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f1 92k 0 20k" $mnt/s1/f1
xfs_io -c "falloc 1138688 84k" $mnt/s2/f1
xfs_io -c "pwrite 1987923 4k" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1953834 24k" $mnt/f0
xfs_io -c "fzero -k 1265664 164k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2281472 8774" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 2007040 1351680 180k" $mnt/s2/f1
chattr +C $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f1 1806336 0 908201" $mnt/s1/f1
xfs_io -c "falloc -k 32k 8081" $mnt/f2
xfs_io -c "pwrite -S 0x63 1953792 144k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 152k 2m" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 2080768 100k" $mnt/s1/g0
xfs_io -c "falloc 212k 60k" $mnt/f3
xfs_io -c "pwrite -S 0x62 344k 16k" $mnt/f2
xfs_io -c "truncate 919152" $mnt/s2/f0
