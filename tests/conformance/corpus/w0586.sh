# extsim conformance workload, gen.py seed 586
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 1650688 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1437696 12k" $mnt/f0
xfs_io -c "pwrite 1546706 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 588k 4k 32k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 258791 196k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "truncate 1172770" $mnt/f0
xfs_io -c "fpunch 180k 44k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 840k 9772" $mnt/f0
xfs_io -c "fpunch 798805 32k" $mnt/f0
xfs_io -c "falloc -k 832k 10960" $mnt/f0
xfs_io -c "falloc -k 664k 52k" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "reflink $mnt/f0 0 812k 4k" $mnt/f0
xfs_io -c "truncate 704k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite 1736937 20k" -c "fsync" $mnt/f1
xfs_io -c "truncate 636k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 424k 628k 220k" $mnt/f0
xfs_io -c "falloc 584k 36k" $mnt/f0
xfs_io -c "falloc 220k 24k" $mnt/f1
md5sum $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 648k 44k" -c "fdatasync" $mnt/f2
xfs_io -f -c "truncate 800k" $mnt/f3
xfs_io -c "reflink $mnt/f3 140k 1798144 612k" $mnt/f1
xfs_io -c "fpunch 778086 24k" $mnt/f3
xfs_io -c "truncate 888k" $mnt/f1
xfs_io -c "pwrite -S 0x62 440k 24k" $mnt/f2
xfs_io -c "reflink $mnt/f1 556k 624k 268k" $mnt/f1
xfs_io -c "fpunch 620k 36k" $mnt/f3
sync
xfs_io -c "pwrite -S 0x61 172k 136k" $mnt/f3
xfs_io -f -c "pwrite 1976171 4k" $mnt/f4
xfs_io -c "reflink $mnt/f3 400k 1081344 196k" $mnt/f4
sync
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f4 292k 100k 1630208" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1839104 120k" $mnt/f5
xfs_io -c "reflink $mnt/f5 36k 1957888 72k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 576k 0 316k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 436k 68k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 561875 10342" -c "fdatasync" $mnt/f6
xfs_io -c "fsync" $mnt/f5
xfs_io -c "fzero -k 1642496 8k" $mnt/f3
xfs_io -c "pwrite -S 0x62 560k 52k" $mnt/f6
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "dedupe $mnt/f6 472k 0 12k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 1208320 20k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 840k 24k" $mnt/f7
xfs_io -c "dedupe $mnt/f7 416k 48k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 496k 3m" $mnt/f2
xfs_io -c "pwrite -S 0x61 764k 8k" $mnt/f7
xfs_io -c "reflink $mnt/f6 176k 916k 0" $mnt/f4
xfs_io -c "dedupe $mnt/f7 204k 4k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f5 1441792 400k 108k" $mnt/f3
xfs_io -c "falloc 60k 36k" $mnt/f3
rm -f $mnt/f4
xfs_io -c "pwrite 663903 6925" $mnt/f2
xfs_io -c "falloc -k 60k 20k" $mnt/f3
xfs_io -c "truncate 1937408" $mnt/f2
sync
xfs_io -c "fzero 670942 64k" $mnt/f2
xfs_io -c "reflink $mnt/f5 784k 512k 232k" $mnt/f6
touch $mnt/f4
chattr +C $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s1
