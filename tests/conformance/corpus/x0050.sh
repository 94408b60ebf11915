# extsim conformance workload, fsxgen.py seed 50 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fsync" -c "truncate 715055" $mnt/file0
xfs_io -f -c "truncate 72077" -c "falloc 3597598 525" -c "falloc -k 1804776 1862" -c "fpunch 1856865 964674" -c "pwrite -S 0x41 2368k 4k" -c "reflink $mnt/file0 2116k 3336k 20k" $mnt/file0
xfs_io -f -c "falloc -k 1503226 3367" -c "reflink $mnt/file0 2344k 400k 36k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 1099249 1950634" $mnt/file0
xfs_io -f -c "falloc 276k 2732k" -c "pwrite -S 0x41 -b 1000 4076k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 512 1272k 32k" -c "fdatasync" -c "dedupe $mnt/file0 2856k 216k 0" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1000 1187710 792825" -c "fzero 2576k 1456k" -c "sync_range -w 404k 4k" $mnt/file0
xfs_io -f -c "pread -q 1016k 456k" -c "fdatasync" -c "reflink $mnt/file0 4000k 2024k 0" -c "fsync" -c "fzero 1132k 4k" -c "fsync" -c "pwrite -S 0x41 -b 64k 4043258 63620" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 12k 826488 1893" -c "dedupe $mnt/file0 2596k 944k 8k" -c "pwrite -S 0x42 -b 12k 450028 504365" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 12k 3021551 50163" $mnt/file0
xfs_io -f -c "fzero 2832k 4k" -c "pread -q 1986777 627613" -c "fsync" -c "reflink $mnt/file0 3928k 3092k 152k" -c "pwrite -S 0x44 -b 4k 2835658 709994" -c "pwrite -S 0x41 -b 64k 3141509 902830" -c "fpunch 3124k 852k" -c "fpunch 1029788 32131" $mnt/file0
xfs_io -f -c "pread -q 3284k 340k" -c "fsync" -c "reflink $mnt/file0 1824k 1592k 24k" -c "dedupe $mnt/file0 3136k 3768k 44k" -c "fdatasync" -c "fpunch 2828011 12974" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "falloc 1146285 2078243" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 3364k 576k 48k" -c "falloc 4032k 24k" -c "pwrite -S 0xcd 2087764 690388" -c "pwrite -S 0xcd 388k 872k" -c "fpunch 762424 38555" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 3600k 4092k 32k" -c "dedupe $mnt/file0 3208k 2876k 32k" -c "pwrite -S 0xcd 2350493 12307" -c "falloc 806646 223197" -c "dedupe $mnt/file0 3232k 2028k 44k" -c "falloc -k 77014 2045" $mnt/file0
xfs_io -f -c "truncate 2113419" -c "pwrite -S 0x41 -b 64k 1535542 3982" -c "sync_range -w 1732k 1588k" -c "falloc -k 279505 907861" -c "fsync" -c "pwrite -S 0x42 949287 22474" -c "fiemap -v" -c "fpunch 1504k 16k" $mnt/file0
