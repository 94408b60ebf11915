# extsim conformance workload, gen.py seed 445
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 1304399 176k" $mnt/f0
xfs_io -c "falloc -k 616k 56k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "truncate 1140956" $mnt/f0
xfs_io -c "pwrite -S 0x61 912k 228k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 448k 1335296 356k" $mnt/f0
xfs_io -c "fzero 1409024 136k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1633943 56k" $mnt/f0
xfs_io -c "fpunch 1016k 52k" $mnt/f0
xfs_io -c "fpunch 640k 216k" $mnt/f0
xfs_io -c "fpunch 1347584 371" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 504k 1626112 1118208" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fpunch 1409024 40k" $mnt/f0
xfs_io -f -c "truncate 952k" $mnt/f1
xfs_io -c "pwrite 412k 1661" $mnt/f1
xfs_io -c "dedupe $mnt/f0 804k 32k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 592k 792k 744k" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x62 1212416 8k" $mnt/f0
xfs_io -c "fpunch 1642496 64k" $mnt/f0
xfs_io -c "reflink $mnt/f0 368k 2088960 916k" $mnt/f1
xfs_io -c "truncate 1978368" $mnt/f1
sync
xfs_io -c "pwrite 308k 16k" $mnt/f1
xfs_io -c "reflink $mnt/f0 188k 1597440 1114112" $mnt/f1
xfs_io -c "falloc 1253376 164k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1544192 8k" -c "fsync" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 864k 696k 64k" $mnt/f2
xfs_io -c "pwrite 916k 36k" $mnt/f1
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1433600 364k 20k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1277952 520k 404k" $mnt/f0
xfs_io -c "reflink $mnt/f2 628k 328k 136k" $mnt/f1
xfs_io -c "pwrite -S 0x63 385176 12k" $mnt/f2
xfs_io -c "fpunch 368814 100k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1261568 40k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 220k 172k" $mnt/f3
xfs_io -c "dedupe $mnt/f3 60k 0 28k" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x62 1183744 200k" $mnt/f4
xfs_io -c "falloc 136k 1880" $mnt/f4
chattr +C $mnt/f0
umount $mnt
mount $dev $mnt
rm $mnt/f2
xfs_io -c "fpunch 84626 3351" $mnt/f3
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -c "truncate 113270" $mnt/f4
xfs_io -c "dedupe $mnt/f3 220k 276k 32k" $mnt/f3
xfs_io -c "pwrite -S 0x61 128k 8k" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x63 1970176 20k" $mnt/f3
xfs_io -c "fpunch 2338816 12k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1667072 1433600 1056768" $mnt/f1
xfs_io -c "fpunch 724k 8087" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 1929216 244k" -c "fdatasync" $mnt/f1
