# extsim conformance workload, gen.py seed 429
mkfs.btrfs -f $dev -b 256m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite 1695744 208k" $mnt/f0
xfs_io -c "falloc 663796 28k" $mnt/f0
xfs_io -c "pwrite -S 0x62 668k 184k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2027520 148k" $mnt/f1
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x61 8k 40k" $mnt/f0
xfs_io -c "reflink $mnt/f1 1m 1232896 856k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 312k 284k 152k" $mnt/f2
xfs_io -f -c "pwrite 1417216 52k" $mnt/f3
xfs_io -f -c "pwrite 428k 56k" -c "fsync" $mnt/f2
xfs_io -c "pwrite -S 0x63 1908422 52k" -c "fdatasync" $mnt/f2
md5sum $mnt/f3
xfs_io -c "pwrite -S 0x62 192k 44k" $mnt/f3
chattr +C $mnt/f1
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "fpunch 1413120 124k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1486848 16k 20k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f2 624k 616k 20k" $mnt/s1/f2
xfs_io -f -c "truncate 452k" $mnt/s1/g0
xfs_io -c "falloc 1077248 20k" $mnt/s1/f3
xfs_io -f -c "reflink $mnt/f0 544k 916k 280k" $mnt/f4
xfs_io -c "pwrite -S 0x61 1753088 1m" $mnt/f1
xfs_io -c "reflink $mnt/f0 232k 216k 924k" $mnt/s1/f3
xfs_io -c "falloc 888k 1972" $mnt/s1/f3
xfs_io -r -c "fiemap -v" $mnt/s1/f1
sync
xfs_io -c "falloc 264k 60k" $mnt/f0
sync
xfs_io -c "pwrite 1335296 40k" $mnt/s1/f3
xfs_io -c "pwrite -S 0x62 600k 36k" $mnt/f4
xfs_io -c "reflink $mnt/f1 924k 228k 172k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f3 1012k 0 28k" $mnt/s1/f3
xfs_io -c "dedupe $mnt/f4 236k 108k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1183744 1318912 716k" $mnt/s1/f3
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "truncate 1368064" $mnt/f0
xfs_io -c "pwrite 804k 5868" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 580k 32k" -c "fdatasync" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x63 1056768 16k" $mnt/s1/f0
xfs_io -f -c "pwrite 1984639 10095" $mnt/f5
xfs_io -f -c "pwrite -S 0xcd 112k 44k" -c "fsync" $mnt/f3
xfs_io -c "fpunch 20k 28k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f4 616k 1384448 28k" $mnt/f4
xfs_io -c "pwrite -S 0x63 608k 48k" -c "fdatasync" $mnt/f3
xfs_io -c "falloc 612k 228k" $mnt/f4
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "fpunch 1727271 64k" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 1150976 40k" $mnt/f2
xfs_io -c "dedupe $mnt/s2/f2 1773568 92k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1527808 4k" $mnt/f1
chattr +C $mnt/s1/f3
xfs_io -c "reflink $mnt/s1/f0 1740800 856k 20k" $mnt/f5
xfs_io -c "fpunch 1675264 4m" $mnt/f5
xfs_io -c "fpunch 417323 204k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f5 400k 412k 8k" $mnt/f5
xfs_io -c "reflink $mnt/s1/f2 1851392 2686976 118470" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x62 320k 40k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/f1 1941504 924k 152k" $mnt/f0
