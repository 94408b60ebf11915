# extsim conformance workload, gen.py seed 487
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 -b 1m 668k 4m" $mnt/f0
xfs_io -f -c "falloc 424k 28k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 3981312 0 880k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 36k 0 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 120k 48k 4k" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
md5sum $mnt/f0
xfs_io -c "falloc 4k 248k" $mnt/f1
xfs_io -c "falloc 432k 12k" $mnt/f1
xfs_io -c "falloc 996k 7714" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 916k 11272" $mnt/f3
xfs_io -f -c "reflink $mnt/f3 40k 632k 16k" $mnt/f4
xfs_io -c "reflink $mnt/f3 748k 320k 168k" $mnt/f1
xfs_io -f -c "truncate 188k" $mnt/f5
xfs_io -c "pwrite -S 0x61 872k 7599" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 880k 40k" $mnt/f2
xfs_io -c "reflink $mnt/f5 28k 692k 12k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f5
xfs_io -f -c "pwrite -S 0x63 568k 40k" $mnt/f4
chattr +C $mnt/f3
xfs_io -c "truncate 544k" $mnt/f3
xfs_io -c "pwrite -S 0x62 533414 10763" $mnt/f3
xfs_io -c "reflink $mnt/f1 508k 524k 8k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 736k 740k 24k" $mnt/f2
xfs_io -c "reflink $mnt/f2 288k 40k 744994" $mnt/f1
md5sum $mnt/f5
xfs_io -c "dedupe $mnt/f1 116k 0 8k" $mnt/f5
xfs_io -c "pwrite 739494 5840" $mnt/f2
xfs_io -c "pwrite 488k 36k" $mnt/f2
rm $mnt/f1
xfs_io -c "fzero 520k 24k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 752k 10334" $mnt/f1
xfs_io -c "falloc 51162 16k" $mnt/f5
sync
xfs_io -r -c "fiemap -v" $mnt/f5
xfs_io -c "reflink $mnt/f2 780k 512k 148k" $mnt/f1
xfs_io -f -c "falloc 300k 5559" $mnt/f6
sync
sync
xfs_io -c "pwrite 252k 4k" $mnt/f6
xfs_io -c "dedupe $mnt/f0 2203648 168k 20k" $mnt/f3
xfs_io -c "pwrite -S 0x62 84k 244" $mnt/f6
rm $mnt/f1
xfs_io -c "fzero 76k 20k" $mnt/f4
sync
xfs_io -c "reflink $mnt/f4 320k 336k 16k" $mnt/f4
xfs_io -f -c "pwrite -S 0x63 279720 24k" $mnt/f1
xfs_io -c "reflink $mnt/f3 160k 16k 124k" $mnt/f5
xfs_io -c "falloc 304k 4k" $mnt/f4
xfs_io -c "falloc 3715072 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 776735 52k" $mnt/f7
xfs_io -c "reflink $mnt/f6 172k 724k 44k" $mnt/f6
xfs_io -c "pwrite -S 0x62 160638 44k" $mnt/f3
rm -f $mnt/f6
xfs_io -c "reflink $mnt/f5 80k 84k 44k" $mnt/f5
xfs_io -c "fpunch 768k 28k" $mnt/f3
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -c "pwrite -S 0xcd 371837 60k" $mnt/f2
xfs_io -c "falloc -k 900k 64k" $mnt/f3
xfs_io -c "truncate 44k" $mnt/f7
md5sum $mnt/f7
rm $mnt/f2
xfs_io -c "pwrite -S 0x63 135924 60k" -c "fsync" $mnt/f5
