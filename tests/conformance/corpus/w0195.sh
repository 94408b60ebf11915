# extsim conformance workload, gen.py seed 195
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 160k 28k" $mnt/f0
xfs_io -c "falloc 24969 8571" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 296k 24k" $mnt/f1
xfs_io -c "pwrite -S 0x62 186815 56k" $mnt/f1
xfs_io -c "reflink $mnt/f1 16k 112k 84k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "dedupe $mnt/f0 229260 752k 52k" $mnt/f0
xfs_io -c "reflink $mnt/f0 40k 240k 128k" $mnt/f0
rm $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 144k 36k" $mnt/f0
xfs_io -c "falloc 348k 48k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "truncate 316926" $mnt/f0
xfs_io -c "pwrite -S 0x63 584k 116k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 328k 28k" -c "fsync" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "dedupe $mnt/f1 128k 124k 8k" $mnt/f1
rm $mnt/f1
xfs_io -c "pwrite -S 0x62 616k 44k" $mnt/f0
sync
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "falloc 575351 36k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 612k 2431" $mnt/f3
xfs_io -c "reflink $mnt/f2 387672 360k 52k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 152k 76k" $mnt/f0
xfs_io -c "pwrite -S 0x62 387118 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 588k 0 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f3 148k 548k 8k" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 688k 24k" $mnt/f3
xfs_io -f -c "truncate 16k" $mnt/f4
xfs_io -c "fsync" $mnt/f3
xfs_io -c "fpunch 232564 16k" $mnt/f2
xfs_io -f -c "reflink $mnt/f0 396k 936k 116k" $mnt/f5
sync
xfs_io -c "reflink $mnt/f2 156k 320k 56k" $mnt/f3
xfs_io -c "reflink $mnt/f1 4k 640k 8k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 300k 64k" $mnt/f6
xfs_io -c "pwrite -S 0x62 292k 3902" $mnt/f6
xfs_io -c "falloc 767603 64k" $mnt/f5
xfs_io -c "fpunch 696435 4k" $mnt/f3
xfs_io -c "reflink $mnt/f4 12k 612k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1016k 20k" -c "fdatasync" $mnt/f7
xfs_io -c "pwrite -S 0x62 204k 220k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 -b 1m 472k 1m" $mnt/f2
xfs_io -c "reflink $mnt/f7 300k 12k 676k" $mnt/f5
xfs_io -c "falloc 152k 64k" $mnt/f3
xfs_io -c "reflink $mnt/f7 76k 4k 300k" $mnt/f6
xfs_io -f -c "pwrite -S 0xcd 404k 44k" $mnt/f4
xfs_io -c "dedupe $mnt/f5 664k 668k 32k" $mnt/f5
xfs_io -c "dedupe $mnt/f6 172k 164k 8k" $mnt/f6
xfs_io -c "falloc -k 152k 3m" $mnt/f1
xfs_io -c "pwrite -S 0xcd 666327 12k" $mnt/f6
xfs_io -c "fdatasync" $mnt/f7
xfs_io -c "truncate 708k" $mnt/f5
xfs_io -c "fzero 177480 10620" $mnt/f0
xfs_io -c "reflink $mnt/f1 624k 636k 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 940k 0 12k" $mnt/f1
xfs_io -c "pwrite -S 0x63 368k 44k" $mnt/f7
