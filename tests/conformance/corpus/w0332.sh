# extsim conformance workload, gen.py seed 332
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 1011993 28k" $mnt/f0
xfs_io -c "fzero 860k 232k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1567218 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1536000 7408" $mnt/f2
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -f -c "pwrite 1617920 72k" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -c "truncate 1449984" $mnt/f1
xfs_io -c "dedupe $mnt/f2 1093632 0 453872" $mnt/f3
xfs_io -c "dedupe $mnt/f2 980k 36k 28k" $mnt/f0
xfs_io -c "truncate 140k" $mnt/f2
xfs_io -c "pwrite -S 0x62 199386 24k" $mnt/f0
xfs_io -c "falloc 376k 4979" $mnt/f1
xfs_io -c "pwrite 730895 36k" $mnt/f0
xfs_io -c "fpunch 1232896 128k" $mnt/f3
xfs_io -c "pwrite -S 0x62 1581056 9593" -c "fsync" $mnt/f3
sync
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 356k 1376256 744k" $mnt/f3
xfs_io -c "reflink $mnt/f3 580k 1605632 1069056" $mnt/f3
xfs_io -c "reflink $mnt/f3 904k 8k 608k" $mnt/f2
xfs_io -c "falloc -k 44k 28k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "pwrite 304k 16k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 468k 4035" $mnt/f3
xfs_io -c "pwrite -S 0x62 1020k 36k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 1081344 0 40k" $mnt/f2
xfs_io -f -c "falloc -k 1974272 92k" $mnt/f4
xfs_io -c "fsync" $mnt/f3
xfs_io -c "falloc 432k 40k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 1481238 32k" $mnt/f3
md5sum $mnt/f2
xfs_io -c "reflink $mnt/f1 188k 973605 132k" $mnt/f4
xfs_io -c "fzero 906044 40k" $mnt/f0
xfs_io -c "reflink $mnt/f4 284k 1052672 164k" $mnt/f0
xfs_io -c "falloc 980k 252k" $mnt/f3
xfs_io -f -c "falloc 1458176 44k" $mnt/f5
md5sum $mnt/f0
xfs_io -f -c "falloc 1884160 16k" $mnt/f6
