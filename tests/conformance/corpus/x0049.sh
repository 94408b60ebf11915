# extsim conformance workload, fsxgen.py seed 49 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 380810" $mnt/file0
xfs_io -f -c "fpunch 48k 2984k" -c "falloc 332k 2516k" -c "reflink $mnt/file0 2512k 844k 12k" -c "fsync" -c "fiemap -v" -c "fsync" $mnt/file0
xfs_io -f -c "truncate 1833601" -c "fzero 794937 46674" -c "pwrite -S 0x43 2484k 4k" -c "dedupe $mnt/file0 1788k 1340k 700k" $mnt/file0
xfs_io -f -c "pread -q 862410 2072177" -c "fpunch 598759 31953" -c "fpunch 36k 44k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 1797973 2098" -c "dedupe $mnt/file0 1864k 500k 60k" $mnt/file0
xfs_io -f -c "pread -q 2373497 888598" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 1844k 60k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 4k 2004246 34241" -c "pwrite -S 0x41 -b 12k 2617802 449250" -c "dedupe $mnt/file0 364k 360k 28k" -c "truncate 1604089" -c "reflink $mnt/file0 24k 616k 28k" -c "reflink $mnt/file0 72k 196k 1530361" -c "fpunch 102283 46796" -c "fsync" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x42 144116 354919" -c "falloc 1479216 40883" -c "pwrite -S 0x42 -b 1m 1670286 3730" -c "pwrite -S 0x42 1620381 2319" -c "falloc 352k 428k" $mnt/file0
xfs_io -f -c "truncate 1335533" $mnt/file0
touch $mnt/file1
chattr +C $mnt/file1
