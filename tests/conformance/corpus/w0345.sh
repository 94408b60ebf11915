# extsim conformance workload, gen.py seed 345
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "falloc 1234297 10097" $mnt/f0
xfs_io -c "fpunch 620k 232k" $mnt/f0
xfs_io -c "pwrite -S 0x63 943950 8k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 528k 1134592 676k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 307636 36k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 547189 3907" $mnt/f1
xfs_io -f -c "falloc -k 224k 80k" $mnt/s1/g0
sync
xfs_io -c "dedupe $mnt/f1 120k 8k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 88k 16k" $mnt/f1
xfs_io -c "falloc -k 908k 48k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 656k 10194" $mnt/s1/f0
xfs_io -c "truncate 96k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 0 276k 4k" $mnt/s1/f0
xfs_io -c "fzero -k 16k 172k" $mnt/f0
xfs_io -c "reflink $mnt/f1 260k 776k 20k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f1 492k 24k 32k" $mnt/f0
xfs_io -c "falloc 72k 64k" $mnt/f0
xfs_io -c "fpunch 32023 40k" $mnt/f1
xfs_io -c "fpunch 56k 12k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 588k 52k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 432k 16k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 96k 44k" -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 708k 48k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 376k 48k" $mnt/f1
xfs_io -c "reflink $mnt/s1/g0 104k 312k 648k" $mnt/f1
xfs_io -c "reflink $mnt/f0 608k 1482752 32k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 888k 1966080 312k" $mnt/f0
sync
xfs_io -c "truncate 376k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1589248 0 28k" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 92k 1m" $mnt/s1/g0
rm $mnt/f0
xfs_io -c "falloc 364k 108k" $mnt/s1/f0
rm -f $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f0 604k 60k 20k" $mnt/f1
xfs_io -c "reflink $mnt/f1 100k 276k 96k" $mnt/f1
xfs_io -c "falloc 460k 12k" $mnt/s1/f0
sync
xfs_io -r -c "fiemap -v" $mnt/s1/f0
rm $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0xcd 1511424 52k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 1204224 20k 20k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 1298432 11700" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 316k 36k 20k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 1474560 108k" $mnt/s1/f0
xfs_io -f -c "falloc -k 1101824 1919" $mnt/s1/g0
xfs_io -c "falloc 1945600 8297" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 2039808 8k" $mnt/f0
xfs_io -c "fpunch 1110016 10505" $mnt/f0
xfs_io -f -c "truncate 1374459" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -f -c "pwrite -S 0x62 613730 64k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 252k 60k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 1122304 1114112 12k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 1642496 1638400 32k" $mnt/s1/f0
xfs_io -c "truncate 1445888" $mnt/s3/f1
xfs_io -c "pwrite -S 0x62 1740800 140k" $mnt/s2/f0
xfs_io -c "fzero 100k 12k" $mnt/s3/f0
xfs_io -c "fpunch 528k 48k" $mnt/s3/f1
xfs_io -f -c "reflink $mnt/s1/f0 1368064 1187840 589929" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 1737864 16k" -c "fdatasync" $mnt/s1/f0
sync
xfs_io -c "reflink $mnt/s2/f1 628k 500k 396k" $mnt/f1
xfs_io -c "truncate 332k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 811688 2661" $mnt/s2/f1
xfs_io -c "falloc 596k 24k" $mnt/s3/f0
