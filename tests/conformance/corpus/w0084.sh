# extsim conformance workload, gen.py seed 84
mkfs.btrfs -f $dev -b 256m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "falloc 1536000 36k" $mnt/f0
xfs_io -c "reflink $mnt/f0 968k 88k 580k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 1141683 1201" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "dedupe $mnt/f0 540k 0 1000k" $mnt/f0
xfs_io -c "pwrite 308k 192k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 52k 36k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 76k 3m" $mnt/f1
xfs_io -c "fpunch 2379776 164k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 2093056 0 1134592" $mnt/f1
xfs_io -c "pwrite -S 0x62 564097 64k" $mnt/f1
xfs_io -c "pwrite -S 0x61 488k 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 884k 2801664 8k" $mnt/f1
xfs_io -c "pwrite -S 0x63 1945600 16k" -c "fsync" $mnt/f0
rm $mnt/f1
xfs_io -c "fpunch 1294336 72k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 628k 996k 236k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 952k 48k" $mnt/f1
xfs_io -c "reflink $mnt/f0 100k 196k 1593344" $mnt/f1
xfs_io -c "reflink $mnt/f0 1150976 872k 368k" $mnt/f1
xfs_io -c "fzero 1183744 1408" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "dedupe $mnt/f1 192k 1736704 32k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1376256 1004k 144k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 680k 40k" $mnt/f2
xfs_io -c "reflink $mnt/f1 104k 92k 32k" $mnt/f1
xfs_io -c "reflink $mnt/f1 976k 1302528 788k" $mnt/f1
sync
xfs_io -c "truncate 380k" $mnt/f2
rm $mnt/f2
xfs_io -c "dedupe $mnt/f0 1335296 0 616k" $mnt/f0
xfs_io -c "reflink $mnt/f1 1052672 76k 312k" $mnt/f0
xfs_io -c "reflink $mnt/f1 844k 1368064 584k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/f1 256k 1368064 360k" $mnt/f1
xfs_io -c "fpunch 1699840 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 1245184 36k 32k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 552k 816k 780k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "truncate 1582042" $mnt/s1/f0
xfs_io -c "truncate 674704" $mnt/f1
md5sum $mnt/s1/f1
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "reflink $mnt/s1/f1 1118208 476k 28k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 1392640 88k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 736k 120k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f1 824k 532k 932k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1163264 60k" $mnt/s1/f1
md5sum $mnt/f1
xfs_io -c "fpunch 1821229 4891" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1695744 32k 20k" $mnt/s1/f0
xfs_io -c "fpunch 1056768 220k" $mnt/s1/f1
btrfs subvolume snapshot -r $mnt $mnt/s3
rm $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 451747 2m" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2030294 52k" $mnt/f2
xfs_io -f -c "reflink $mnt/f0 860k 1507328 800k" $mnt/f3
xfs_io -c "falloc 208k 36k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 296k 6958" $mnt/f1
xfs_io -c "reflink $mnt/s3/f0 1462272 1777664 500k" $mnt/f2
xfs_io -f -c "falloc 369899 4240" $mnt/f4
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "fpunch 880k 172k" $mnt/f3
xfs_io -c "dedupe $mnt/f0 2428928 1593344 8k" $mnt/f2
sync
xfs_io -f -c "reflink $mnt/f3 1753088 1380352 52k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 220k 216k" $mnt/f4
rm -f $mnt/s3/f1
xfs_io -c "dedupe $mnt/f2 60k 0 8k" $mnt/s1/g0
xfs_io -c "fpunch 52k 32k" $mnt/f1
xfs_io -f -c "falloc 356k 200k" $mnt/f5
