# extsim conformance workload, gen.py seed 205
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x63 2121728 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 332k 912k 1822720" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1527808 5115904 120k" $mnt/f1
chattr +C $mnt/f0
sync
xfs_io -c "reflink $mnt/f1 4341760 4341760 24k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 1069056 56k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 928k 0 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 28k 28k" $mnt/f0
xfs_io -c "truncate 691213" $mnt/s1/f1
xfs_io -c "pwrite -S 0xcd 560k 60k" $mnt/s1/f1
xfs_io -c "fzero -k 3918886 11581" $mnt/f0
xfs_io -c "falloc -k 3588096 40k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 7856128 64k" -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 2990080 28k" -c "fsync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 7577600 24k" $mnt/f3
xfs_io -c "dedupe $mnt/f0 1294336 88k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1175552 40k" $mnt/s1/g0
sync
xfs_io -c "falloc 3943626 8k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 1978368 1409024 88k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 1282048 56k" -c "fdatasync" $mnt/s1/g1
chattr +C $mnt/f3
xfs_io -f -c "pwrite -S 0x61 946398 60k" $mnt/f4
xfs_io -c "reflink $mnt/f2 3538944 2105344 304k" $mnt/f4
xfs_io -c "dedupe $mnt/f1 1m 84k 16k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f1" $mnt/f1
xfs_io -c "truncate 1949696" $mnt/s1/g0
xfs_io -c "reflink $mnt/f3 60k 1020k 6946816" $mnt/s1/g1
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x63 1073152 8494" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x63 5238784 3m" -c "fsync" $mnt/f3
xfs_io -c "pwrite -S 0x61 538217 32k" $mnt/f0
xfs_io -c "fpunch 7532544 8k" $mnt/s1/f0
xfs_io -c "fpunch 6967510 4m" $mnt/s1/g2
xfs_io -c "falloc 1433600 40k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 480k 5701632 128k" $mnt/s1/g1
xfs_io -c "falloc 4146160 36k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 1757184 40k" $mnt/f5
xfs_io -f -c "falloc -k 1150976 44k" $mnt/f6
touch $mnt/s1/g4
chattr +C $mnt/s1/g4
xfs_io -c "pwrite -S 0x61 1720320 8k" -c "fsync" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s2
