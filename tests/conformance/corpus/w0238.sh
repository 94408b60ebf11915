# extsim conformance workload, gen.py seed 238
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 709871 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 7026333 108k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 4808704 228k" $mnt/f1
xfs_io -c "pwrite -S 0x63 3997696 56k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x61 348k 144k" $mnt/s1/f0
xfs_io -c "truncate 1318912" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 2187264 48k" $mnt/f0
xfs_io -c "fpunch 4687448 192k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f1 120k 52k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 3649536 1077248 16k" $mnt/s1/f1
xfs_io -c "truncate 2129920" $mnt/s1/f0
xfs_io -f -c "pwrite 5648189 12k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 252k 160k" $mnt/f0
xfs_io -c "fpunch 752k 44k" $mnt/s1/f1
xfs_io -c "fzero 6335180 24k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 888k 188k 8k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 1228800 140k" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/s1/f1
xfs_io -c "falloc 5197824 8k" $mnt/sv/g0
xfs_io -c "falloc 204k 140k" $mnt/s1/f0
xfs_io -c "reflink $mnt/sv/g0" $mnt/s1/f1
xfs_io -c "pwrite 4804608 3m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 408k 472" $mnt/s1/g0
xfs_io -c "truncate 168k" $mnt/f1
xfs_io -c "reflink $mnt/f0 376k 1884160 1863680" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f1 56k 0 8k" $mnt/s1/g0
xfs_io -c "truncate 72430" $mnt/s1/g0
xfs_io -c "fpunch 56k 36k" $mnt/s1/g0
xfs_io -c "truncate 7905280" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f0 60k 28k 452k" $mnt/f1
xfs_io -c "reflink $mnt/sv/g0 2281472 5406720 488k" $mnt/s1/f1
xfs_io -c "fpunch 136k 72k" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/f1 4227072 3117056 2363392" $mnt/f2
xfs_io -c "dedupe $mnt/f2 2965504 2973696 20k" $mnt/f2
xfs_io -c "reflink $mnt/f2 2236416 1765376 628k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 7110656 108k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 6243774 188k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/f1 7503872 2969600 108k" $mnt/s1/f1
xfs_io -c "truncate 513628" $mnt/s1/f1
chattr +C $mnt/f0
xfs_io -f -c "falloc 7m 48k" $mnt/sv/g1
xfs_io -c "truncate 4760281" $mnt/sv/g1
xfs_io -c "fpunch 4477246 156k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f1 132k 640k 144k" $mnt/sv/g1
xfs_io -c "falloc 212k 172k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 4669440 4k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/s1/g0 32k 4k 28k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 4136960 4191" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 180k 128k" $mnt/f1
xfs_io -f -c "pwrite 4076978 48k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f0 1376256 3960832 0" $mnt/s1/f1
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 268k 6155" $mnt/f0
xfs_io -c "truncate 8212480" $mnt/s1/g1
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f3 2015232 0 2114994" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 1157673 9876" $mnt/s1/g2
xfs_io -c "fpunch 700338 40k" $mnt/s1/f1
xfs_io -c "fpunch 2908160 60k" $mnt/f2
xfs_io -c "pwrite -S 0x61 852365 68k" -c "fdatasync" $mnt/f3
xfs_io -c "dedupe $mnt/s1/g2 820k 820k 32k" $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x63 145458 16k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 860k 20k" $mnt/s1/g2
xfs_io -c "reflink $mnt/f0 668k 60k 1564672" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 7593984 236k" $mnt/sv/g0
xfs_io -c "pwrite 2060288 36k" $mnt/s1/f0
xfs_io -c "falloc -k 2179072 2957" $mnt/s1/g2
xfs_io -c "pwrite -S 0x63 2854912 112k" $mnt/sv/g0
xfs_io -f -c "truncate 2940928" $mnt/sv/g2
xfs_io -c "dedupe $mnt/f3 1392640 0 2737586" $mnt/sv/g2
xfs_io -c "fsync" $mnt/sv/g2
xfs_io -c "fpunch 2879134 176k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
chattr +C $mnt/sv/g2
