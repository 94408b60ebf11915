# extsim conformance workload, gen.py seed 220
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 458445" $mnt/f0
xfs_io -c "falloc -k 101841 28k" $mnt/f0
xfs_io -c "pwrite -S 0x62 167368 72k" $mnt/f0
xfs_io -c "falloc -k 0 9291" $mnt/f0
xfs_io -f -c "truncate 976k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f1 64k 160k 844k" $mnt/f1
xfs_io -f -c "pwrite 600k 24k" $mnt/f1
xfs_io -c "falloc 312k 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 256k 192k" $mnt/f2
xfs_io -c "pwrite -S 0x63 463542 16k" -c "fdatasync" $mnt/f2
sync
xfs_io -c "reflink $mnt/f2 312k 892k 0" $mnt/f0
xfs_io -c "reflink $mnt/f1 24k 48k 696k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 516k 36k" $mnt/f1
xfs_io -c "fpunch 372628 16k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 304k 48k" $mnt/f2
xfs_io -c "pwrite -S 0x61 252k 12k" $mnt/f1
chattr +C $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 728k 940k 176k" $mnt/f3
rm $mnt/f1
xfs_io -c "falloc 948k 52k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0xcd 609038 52k" -c "fdatasync" $mnt/f3
xfs_io -c "reflink $mnt/f2 252k 428k 40k" $mnt/f2
xfs_io -c "falloc -k 224k 116k" $mnt/f2
xfs_io -c "truncate 636k" $mnt/f0
xfs_io -c "falloc 824116 232k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 52k 64k 8k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 664k 56k" $mnt/f3
xfs_io -c "reflink $mnt/f0 60k 72k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 580k 140k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "falloc 980k 32k" $mnt/f2
xfs_io -c "fpunch 12824 16k" $mnt/f3
xfs_io -c "reflink $mnt/f2 172k 120k 184k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 512k 232k 8k" $mnt/f2
xfs_io -c "pwrite -S 0x62 20k 4447" -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x61 544k 40k" $mnt/f3
xfs_io -c "fsync" $mnt/f3
xfs_io -c "dedupe $mnt/f0 104k 0 16k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 943666 10554" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x62 584k 64k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x63 300k 244k" $mnt/f1
xfs_io -c "pwrite -S 0x62 849986 80k" $mnt/s2/f3
xfs_io -c "pwrite -S 0x61 680k 32k" -c "fsync" $mnt/f2
xfs_io -c "falloc 400k 4k" $mnt/s2/f2
xfs_io -c "fzero -k 384k 24k" $mnt/s1/f0
sync
xfs_io -c "pwrite -S 0x61 504k 8k" $mnt/s2/f2
xfs_io -f -c "pwrite -S 0xcd 28k 16k" $mnt/s2/f2
xfs_io -f -c "truncate 628k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s2/f2
xfs_io -c "truncate 716k" $mnt/f3
xfs_io -c "falloc -k 396k 52k" $mnt/f3
md5sum $mnt/s2/f3
xfs_io -c "falloc -k 560k 48k" $mnt/s1/f0
md5sum $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x61 92733 32k" $mnt/f4
xfs_io -c "pwrite -S 0xcd 184k 124k" $mnt/s1/f2
xfs_io -f -c "truncate 559053" $mnt/s2/g0
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "dedupe $mnt/s3/f0 756k 91833 9885" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 -b 1m 488k 4m" -c "fdatasync" $mnt/f3
