# extsim conformance workload, gen.py seed 307
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 852k 11034" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc -k 160k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 800k 7208" $mnt/f0
xfs_io -f -c "pwrite -b 1m 616k 2m" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 676k 0 2039808" $mnt/f0
xfs_io -c "falloc -k 564k 24k" $mnt/f0
xfs_io -c "fpunch 1736704 80k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1253376 184k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 572k 52k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 2605056 32k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 2433024 1179648 296k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 2371584 632k 24k" $mnt/f0
xfs_io -c "fpunch 1138688 32k" $mnt/f1
xfs_io -c "falloc -k 1968045 44k" $mnt/f0
xfs_io -c "falloc 2396160 9598" $mnt/f0
rm $mnt/f1
xfs_io -c "pwrite -S 0xcd 1974272 56k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 2530823 1892352 52k" $mnt/f1
xfs_io -f -c "falloc 1222504 12k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 704k 0 24k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 940k 36k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 372k 36k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 551495 20k" -c "fdatasync" $mnt/f3
xfs_io -c "dedupe $mnt/f0 1765376 0 944k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 888k 60k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 2428928 56k" $mnt/f0
xfs_io -c "pwrite -S 0x63 132k 36k" $mnt/f3
xfs_io -c "falloc -k 616k 16k" $mnt/s1/f2
xfs_io -c "truncate 540k" $mnt/f4
xfs_io -c "reflink $mnt/s1/f2 48k 68k 24k" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x61 1932920 40k" $mnt/f2
xfs_io -c "pwrite -S 0x63 1474560 56k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 1216512 32k" -c "fdatasync" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fzero -k 249338 44k" $mnt/s1/f1
xfs_io -c "fpunch 380k 7850" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "dedupe $mnt/s1/f1 156k 52k 24k" $mnt/s2/f3
xfs_io -c "pwrite -S 0x63 1437696 160k" $mnt/s2/f3
xfs_io -r -c "fiemap -v" $mnt/s3/f0
xfs_io -c "dedupe $mnt/s2/f2 16k 44k 16k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s3/f1
xfs_io -c "pwrite -S 0xcd 2641920 24k" $mnt/s3/f0
xfs_io -f -c "pwrite -S 0x63 1245184 6323" $mnt/f2
md5sum $mnt/f4
xfs_io -c "reflink $mnt/s3/f0 2326528 892k 264k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f0 636k 1298432 1736704" $mnt/s2/f3
xfs_io -f -c "pwrite -S 0x63 272k 9106" -c "fdatasync" $mnt/s3/f1
md5sum $mnt/s1/f0
xfs_io -c "reflink $mnt/s3/f3 136k 524k 412k" $mnt/s3/f3
xfs_io -c "fdatasync" $mnt/s3/f2
xfs_io -c "dedupe $mnt/s3/f2 1748992 0 228984" $mnt/s2/f4
xfs_io -c "truncate 2208702" $mnt/s2/f0
sync
xfs_io -c "pwrite 1016k 32k" $mnt/s3/f2
xfs_io -c "pwrite -S 0x63 1241088 40k" $mnt/s2/f4
xfs_io -c "fpunch 1961984 8598" $mnt/s1/f1
xfs_io -c "falloc -k 416k 12k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 524k 8147" -c "fdatasync" $mnt/f3
