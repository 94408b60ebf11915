# extsim conformance workload, fsxgen.py seed 102 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 695 1506" -c "fpunch 1219301 2605089" -c "fpunch 2018 2728" $mnt/file0
xfs_io -f -c "fiemap -v" -c "fpunch 1368 434870" -c "pwrite -S 0x43 3545 57749" -c "truncate 3943768" -c "fsync" -c "fpunch 1739396 1024910" -c "pwrite -S 0x42 -b 12k 1362373 101389" $mnt/file0
xfs_io -f -c "fpunch 1787533 939172" -c "pwrite -S 0xcd 1740032 18734" -c "pwrite -S 0x41 -b 1000 1128k 12k" -c "fpunch 1867510 1020210" -c "fpunch 3044k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 696k 3660k 52k" -c "dedupe $mnt/file0 568k 28k 56k" -c "reflink $mnt/file0 3772k 964k 12k" -c "fzero 2824k 20k" $mnt/file0
sync
xfs_io -f -c "fpunch 3106994 2797" -c "fsync" -c "pwrite -S 0x43 2858609 18123" $mnt/file0
xfs_io -f -c "fzero -k 376993 58352" -c "sync_range -a 2372k 60k" -c "truncate 2910402" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 496k 2656k 20k" -c "dedupe $mnt/file0 1624k 932k 1247426" $mnt/file0
xfs_io -f -c "falloc -k 872632 2816528" -c "pwrite -S 0x41 1420k 2196k" -c "fiemap -v" -c "pwrite -S 0x43 -b 512 888715 3705" -c "fsync" $mnt/file0
xfs_io -f -c "fzero -k 251969 826352" $mnt/file0
xfs_io -f -c "truncate 1159461" -c "dedupe $mnt/file0 228k 412k 925989" -c "fsync" -c "pread -q 404115 10538" -c "pwrite -S 0x44 498095 5079" $mnt/file0
