# extsim conformance workload, gen.py seed 106
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 528k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 744k 40k" $mnt/f0
xfs_io -c "reflink $mnt/f0 292k 440k 24k" $mnt/f0
xfs_io -c "pwrite 564k 60k" $mnt/f0
xfs_io -c "pwrite -S 0x63 578074 20k" $mnt/f0
xfs_io -c "fzero 536k 164k" $mnt/f0
sync
xfs_io -c "pwrite 64k 248k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 232k 120k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "falloc 968768 16k" $mnt/f0
xfs_io -c "falloc -k 216k 44k" $mnt/f0
xfs_io -c "pwrite -S 0x61 683925 136k" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 209469" $mnt/f0
xfs_io -c "reflink $mnt/f0 104k 120k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 832k 36k" $mnt/f1
xfs_io -c "falloc -k 544k 28k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd -b 1m 186769 4m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 44k 4m" $mnt/f2
xfs_io -f -c "reflink $mnt/f2 732k 704k 1695744" $mnt/f3
xfs_io -c "reflink $mnt/f1 820k 52k 16k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 1912832 940k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 184k 196k 32k" $mnt/f2
xfs_io -c "dedupe $mnt/f3 404k 0 24k" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 892k 184k" -c "fdatasync" $mnt/f4
xfs_io -c "fpunch 1052672 96k" $mnt/f4
xfs_io -c "pwrite -S 0x63 1035497 32k" -c "fsync" $mnt/f1
sync
xfs_io -c "reflink $mnt/f2 1658880 988k 392k" $mnt/f3
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 992k 4k 36k" $mnt/f4
xfs_io -f -c "pwrite -S 0x61 1261568 12k" $mnt/f0
xfs_io -c "fpunch 2277376 92k" $mnt/f2
xfs_io -c "falloc -k 2067505 20k" $mnt/f0
xfs_io -c "truncate 2228224" $mnt/f2
xfs_io -c "pwrite -S 0x62 2107151 76k" $mnt/f3
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc 944k 244k" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "dedupe $mnt/f1 176k 28k 20k" $mnt/f0
xfs_io -c "truncate 462523" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite 2387968 28k" $mnt/f3
xfs_io -c "fsync" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "falloc -k 808k 248k" $mnt/f4
xfs_io -f -c "pwrite -S 0x63 1359872 557" $mnt/f3
sync
xfs_io -c "falloc 931038 563" $mnt/f4
xfs_io -c "fpunch 344982 20k" $mnt/f4
xfs_io -c "pwrite -S 0x62 3649536 56k" $mnt/f0
xfs_io -c "truncate 292k" $mnt/f3
xfs_io -c "falloc 276k 60k" $mnt/f4
xfs_io -c "fdatasync" $mnt/f4
xfs_io -c "pwrite -S 0x61 996k 56k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x62 -b 1m 1728538 4m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3923968 932k 12k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 4419584 20k" -c "fsync" $mnt/f0
xfs_io -c "truncate 228299" $mnt/f4
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fpunch 208015 28k" $mnt/f3
xfs_io -c "fsync" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f4
xfs_io -c "dedupe $mnt/f0 2686976 1761280 32k" $mnt/f0
xfs_io -f -c "pwrite 900k 28k" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 500k 40k" -c "fsync" $mnt/f5
