# extsim conformance workload, gen.py seed 321
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 3766320 176k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 1552384 5758976 2406448" $mnt/s1/g0
xfs_io -c "fpunch 6570297 116k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 3801088 568k 92k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 744k 356k 2297856" $mnt/s1/g0
xfs_io -f -c "falloc 7913472 48k" $mnt/s1/g1
xfs_io -c "truncate 4812800" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g0 2256896 1486848 1220608" $mnt/s1/g0
chattr +C $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x61 2641920 148k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x62 5881856 11803" $mnt/s1/g2
xfs_io -c "fsync" $mnt/s1/g2
xfs_io -c "falloc -k 8228864 52k" $mnt/s1/g2
xfs_io -c "falloc -k 664k 4877" $mnt/s1/g2
xfs_io -c "pwrite -S 0x62 3702784 9988" -c "fdatasync" $mnt/s1/g0
xfs_io -f -c "pwrite 3063808 4k" $mnt/s1/g2
xfs_io -c "falloc -k 5083136 160k" $mnt/s1/g2
xfs_io -f -c "reflink $mnt/s1/g1 4321280 4030464 184k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 5427200 4m" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 3924741 56k" $mnt/s1/g1
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/s1/g2 3727360 4902912 1499136" $mnt/s1/g3
xfs_io -c "reflink $mnt/f1 7417856 3321856 1916928" $mnt/f1
xfs_io -c "reflink $mnt/f1 5341184 3932160 2998272" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1077248 40k" -c "fsync" $mnt/f1
xfs_io -c "fzero -k 4844272 9362" $mnt/f1
xfs_io -c "pwrite -S 0xcd 5651834 32k" $mnt/s1/g2
xfs_io -c "pwrite -S 0xcd 1413120 56k" -c "fsync" $mnt/s1/g2
xfs_io -c "dedupe $mnt/f1 3784704 3596288 20k" $mnt/s1/g2
xfs_io -f -c "pwrite -S 0xcd 5992448 4k" $mnt/s1/g2
xfs_io -c "dedupe $mnt/s1/g2 4882432 32k 12k" $mnt/f0
xfs_io -c "fpunch 4550656 216k" $mnt/f0
xfs_io -c "falloc 5459968 1004" $mnt/f1
xfs_io -c "fdatasync" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 1613824 4m" $mnt/f2
xfs_io -c "pwrite -S 0x62 1437696 60k" $mnt/s1/g1
rm -f $mnt/f2
xfs_io -c "pwrite -S 0x62 4636672 232k" $mnt/s1/g1
xfs_io -r -c "fiemap -v" $mnt/s1/g3
rm $mnt/f0
