# extsim conformance workload, gen.py seed 17
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite 1056768 228k" $mnt/f0
xfs_io -c "pwrite 252k 40k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 36k 56k 28k" $mnt/f0
xfs_io -c "fpunch 1488803 4k" $mnt/f0
xfs_io -c "truncate 1507328" $mnt/f0
xfs_io -c "pwrite -S 0x63 528k 48k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1458176 1454080 32k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 1439683 52k" $mnt/f0
xfs_io -c "pwrite -S 0x63 452k 8798" $mnt/f0
xfs_io -c "falloc -k 1m 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1114112 1060864 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 996k 48k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 940k 936k 536k" $mnt/f0
xfs_io -c "fpunch 1772882 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 352k 24k 24k" $mnt/f0
xfs_io -c "falloc 1097492 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 600k 956k 272k" $mnt/f0
xfs_io -c "fpunch 200k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 200k 72k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "truncate 788864" $mnt/f1
xfs_io -c "falloc 424k 5559" $mnt/f1
xfs_io -c "pwrite -S 0x62 580k 2085" $mnt/f0
xfs_io -c "reflink $mnt/f0 632k 436k 704k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/f0 892k 56k 20k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1118208 1327104 388k" $mnt/f2
xfs_io -c "truncate 1490944" $mnt/f0
xfs_io -c "falloc 512k 32k" $mnt/f1
xfs_io -c "reflink $mnt/f1" $mnt/f0
xfs_io -c "pwrite -S 0x61 524k 40k" $mnt/f0
xfs_io -c "reflink $mnt/f2 1605632 584k 232k" $mnt/f0
sync
xfs_io -c "falloc 744k 12k" $mnt/f0
xfs_io -c "falloc -k 1326568 8k" $mnt/f2
xfs_io -c "fpunch 2060288 40k" $mnt/f2
xfs_io -f -c "reflink $mnt/f1 212k 1519616 584064" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 292k 20k" $mnt/f3
xfs_io -f -c "falloc -k 1683456 32k" $mnt/f4
xfs_io -f -c "falloc 2064786 64k" $mnt/f5
xfs_io -f -c "pwrite -S 0x63 2082702 2570" -c "fsync" $mnt/f6
xfs_io -c "falloc 1089536 36k" $mnt/f0
xfs_io -c "dedupe $mnt/f5 1191936 0 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 0 0 4k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 760k 64k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 801006 1m" $mnt/f6
xfs_io -c "dedupe $mnt/f6 548k 72k 4k" $mnt/f5
xfs_io -c "dedupe $mnt/f1 484k 28k 8k" $mnt/f0
xfs_io -c "falloc -k 1384448 52k" $mnt/f2
xfs_io -f -c "pwrite 1355776 80k" $mnt/f0
xfs_io -c "pwrite -S 0x61 628k 5280" $mnt/f4
xfs_io -c "dedupe $mnt/f3 440k 228k 36k" $mnt/f5
xfs_io -c "dedupe $mnt/f4 132k 28k 28k" $mnt/f0
xfs_io -c "fpunch 648k 120k" $mnt/f6
xfs_io -c "fdatasync" $mnt/f1
