# extsim conformance workload, gen.py seed 566
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 312k 48k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x62 232k 28k" $mnt/f0
xfs_io -c "falloc 272k 6112" $mnt/f0
sync
xfs_io -c "truncate 980424" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 408k 44k" -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 440k 1347584 476k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1114112 396k 708k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 0 60k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 524k 64k" $mnt/f0
xfs_io -c "reflink $mnt/f1 512k 524k 520k" $mnt/f1
xfs_io -c "reflink $mnt/f0 400k 296k 216k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x61 1236433 24k" $mnt/f1
xfs_io -c "pwrite -S 0x63 532k 28k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1134592 12k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 1802240 4k" $mnt/f1
xfs_io -c "fsync" $mnt/f2
xfs_io -c "dedupe $mnt/f2 896k 48k 4k" $mnt/f0
sync
xfs_io -c "falloc -k 955841 24k" $mnt/f2
xfs_io -c "reflink $mnt/f2 916k 1597440 80k" $mnt/f0
xfs_io -c "falloc 1458176 152k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 1m 416k 100k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 416k 8k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 291816 40k" -c "fdatasync" $mnt/f2
xfs_io -c "reflink $mnt/f2 780k 588k 44k" $mnt/f1
xfs_io -c "falloc -k 410386 60k" $mnt/f2
xfs_io -c "reflink $mnt/f1 1458176 412k 320k" $mnt/f1
xfs_io -c "fsync" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 1144601 6368" $mnt/f2
xfs_io -c "pwrite -S 0x63 356498 48k" $mnt/f1
xfs_io -c "reflink $mnt/f0 96k 100k 4k" $mnt/f0
xfs_io -c "truncate 91082" $mnt/f2
xfs_io -c "reflink $mnt/f2 68k 1343488 29642" $mnt/f1
xfs_io -f -c "reflink $mnt/f2 68k 644k 20k" $mnt/f3
xfs_io -c "fdatasync" $mnt/f3
xfs_io -c "reflink $mnt/f2 0 0 12k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 1343488 308k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 514560 132k" $mnt/f1
xfs_io -c "pwrite -S 0x63 768k 8k" $mnt/f3
xfs_io -f -c "falloc 832k 64k" $mnt/f4
xfs_io -c "pwrite -S 0x61 72892 204k" $mnt/f2
umount $mnt
mount $dev $mnt
touch $mnt/f5
chattr +C $mnt/f5
xfs_io -c "truncate 1974272" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 850778 3m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0xcd 1683456 60k" $mnt/s1/f1
xfs_io -f -c "reflink $mnt/s1/f3 160k 1572864 308k" $mnt/f6
xfs_io -c "reflink $mnt/f1 952k 1110016 876k" $mnt/f6
xfs_io -c "fpunch 1409024 1m" $mnt/s1/f0
xfs_io -f -c "falloc 628k 8k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 3842048 252k 158554" $mnt/f4
xfs_io -c "dedupe $mnt/s1/g0 4k 0 636k" $mnt/f6
xfs_io -f -c "truncate 1964515" $mnt/s1/g1
xfs_io -c "fpunch 1548139 36k" $mnt/f5
xfs_io -c "fpunch 620k 48k" $mnt/s1/f3
xfs_io -c "fpunch 693651 180k" $mnt/f6
xfs_io -f -c "pwrite -S 0x61 840k 44k" $mnt/f0
xfs_io -c "pwrite -S 0x62 940k 36k" $mnt/f5
xfs_io -f -c "reflink $mnt/s1/g0 96k 924k 236k" $mnt/s1/g2
xfs_io -f -c "falloc 1552384 3m" $mnt/f7
xfs_io -c "fzero -k 32k 36k" $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x63 2646016 148k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g2 816k 0 12k" $mnt/f7
xfs_io -c "pwrite -S 0xcd 1012275 4k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f4 364k 388k 344k" $mnt/s1/f4
