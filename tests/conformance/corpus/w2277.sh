# extsim conformance workload, gen.py seed 2277
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 380k 44k" $mnt/f0
xfs_io -c "pwrite -S 0x61 704k 9677" $mnt/f0
xfs_io -c "falloc 436764 60k" $mnt/f0
xfs_io -f -c "pwrite 584k 16k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1146404 60k" $mnt/f1
xfs_io -f -c "pwrite 281287 96k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite 2071257 12k" -c "fdatasync" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f1 1482752 1490944 4k" $mnt/f1
xfs_io -c "fzero 1642496 172k" $mnt/f2
md5sum $mnt/f2
xfs_io -c "dedupe $mnt/f0 64k 0 669133" $mnt/f1
xfs_io -c "truncate 266492" $mnt/f1
xfs_io -c "fsync" $mnt/f2
xfs_io -c "dedupe $mnt/f2 1060864 8k 12k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 12k 1765376 668k" $mnt/f3
xfs_io -c "pwrite -S 0x62 144k 200k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1682497 4m" $mnt/f2
xfs_io -c "falloc 1863680 2m" $mnt/f3
xfs_io -c "fsync" $mnt/f2
xfs_io -f -c "falloc 1277952 8k" $mnt/f4
xfs_io -c "falloc 612k 16k" $mnt/f0
xfs_io -c "pwrite 288k 140k" $mnt/f1
xfs_io -c "falloc -k 1302528 192k" $mnt/f1
xfs_io -c "falloc -k 3244032 36k" $mnt/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/f4 1257472 1851392 4k" $mnt/f3
xfs_io -c "falloc 1605632 108k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 272k 36k 24k" $mnt/f0
xfs_io -f -c "reflink $mnt/f3 2703360 1458176 856k" $mnt/f5
xfs_io -c "dedupe $mnt/f5 372k 364k 24k" $mnt/f5
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 1146631 4k" $mnt/f3
xfs_io -c "pwrite 1118208 8873" $mnt/f1
xfs_io -c "pwrite -S 0x62 1864166 48k" $mnt/f1
xfs_io -c "reflink $mnt/f2" $mnt/f5
xfs_io -c "falloc 3489792 2208" $mnt/f3
xfs_io -c "dedupe $mnt/f1 576k 0 1327590" $mnt/f0
xfs_io -c "falloc 3301376 192k" $mnt/f5
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 1851392 28k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1339392 0 32k" $mnt/f5
xfs_io -f -c "reflink $mnt/f4 930015 1814528 7814" $mnt/f6
