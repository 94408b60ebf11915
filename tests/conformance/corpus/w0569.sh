# extsim conformance workload, gen.py seed 569
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x63 196k 44k" -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite 372k 64k" $mnt/f1
xfs_io -c "pwrite -S 0x61 44k 36k" $mnt/f0
xfs_io -c "pwrite -S 0x63 100k 136k" $mnt/f0
xfs_io -c "falloc 148k 44k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 132k 168k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 532k 192k" $mnt/f1
xfs_io -c "falloc 156k 2m" $mnt/f0
xfs_io -c "pwrite -S 0x61 644k 11546" $mnt/f1
xfs_io -c "pwrite -S 0x61 568k 48k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1798144 160k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f0 648k 0 1597440" $mnt/f1
xfs_io -c "truncate 1974272" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 40k 32k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 576k 4k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 1186321 20k" $mnt/f0
xfs_io -c "falloc -k 904k 56k" $mnt/f0
sync
xfs_io -c "reflink $mnt/s2/f1 356k 192k 212k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 196k 4k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 1515520 948k 24k" $mnt/s1/f0
xfs_io -f -c "pwrite 916k 240k" $mnt/f1
xfs_io -c "falloc 667258 56k" $mnt/f1
xfs_io -c "pwrite -S 0x62 625886 32k" $mnt/s1/f0
xfs_io -c "truncate 76852" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s2/f0 912k 136k 64k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s2/f0 572k 56k 1396736" $mnt/s1/f1
xfs_io -f -c "pwrite 533523 490" $mnt/s1/f1
xfs_io -f -c "truncate 204k" $mnt/f2
xfs_io -c "falloc 432k 16k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc -k 1589248 216k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f1 652k 484k 12k" $mnt/s1/f1
chattr +C $mnt/f1
xfs_io -c "falloc -k 1937408 24k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "fsync" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 639205 20k" $mnt/f3
sync
xfs_io -f -c "pwrite -S 0x62 176k 56k" $mnt/s3/f2
xfs_io -f -c "pwrite -S 0x61 104k 228k" $mnt/s3/f2
xfs_io -c "dedupe $mnt/s1/f1 172k 32k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 0 132k" $mnt/f2
xfs_io -c "reflink $mnt/f1 1097728 588k 24k" $mnt/f1
xfs_io -c "truncate 1367600" $mnt/s3/f0
xfs_io -c "dedupe $mnt/s2/f0 1724416 0 248k" $mnt/f3
xfs_io -c "fzero -k 920k 12k" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 36k 44k" $mnt/f2
sync
xfs_io -c "reflink $mnt/f3 184k 60k 24k" $mnt/s3/f2
xfs_io -f -c "pwrite -S 0x62 12k 72k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s2/f1 76k 1253376 660k" $mnt/f0
xfs_io -c "pwrite 36k 36k" -c "fsync" $mnt/s3/f2
xfs_io -c "truncate 12k" $mnt/s3/f1
xfs_io -f -c "pwrite -S 0x61 16k 44k" $mnt/s3/f2
xfs_io -c "falloc 292k 9243" $mnt/f3
xfs_io -c "falloc -k 16k 28k" $mnt/s1/f1
xfs_io -c "fpunch 1848532 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 24k 20k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 36k 0 52k" $mnt/s3/f1
