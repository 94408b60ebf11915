# extsim conformance workload, fsxgen.py seed 84 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "fpunch 3004 34253" -c "fsync" -c "fzero 2769919 16485" -c "fzero 1220k 4k" $mnt/file1
xfs_io -f -c "pread -q 2396 2226" $mnt/file0
xfs_io -f -c "fzero 3940 1112" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pread -q 2524k 60k" -c "fpunch 136k 4k" -c "fzero 711 57136" $mnt/file0
xfs_io -f -c "falloc 1135866 44" -c "truncate 2586964" -c "fdatasync" -c "pwrite -S 0x43 3158052 787335" -c "sync_range -w 2044k 4k" $mnt/file1
xfs_io -f -c "pwrite -S 0x43 31436 57544" -c "pwrite -S 0x44 1452k 28k" -c "pwrite -S 0x42 -b 1000 65409 459096" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x43 2867547 5" -c "fiemap -v" -c "fiemap -v" -c "falloc 2497943 3727" -c "fpunch 1289296 2789" -c "truncate 1102754" -c "pwrite -S 0x44 657076 837500" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 2752 889" -c "sync_range -b 3720k 124k" -c "reflink $mnt/file1 136k 2616k 32k" -c "fdatasync" -c "truncate 2511336" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 809398 1039604" -c "pwrite -S 0x42 1619354 230881" $mnt/file0
xfs_io -f -c "fdatasync" -c "pread -q 288k 40k" -c "pwrite -S 0x44 1827412 2262813" -c "truncate 3091121" $mnt/file0
xfs_io -f -c "fpunch 2043835 909361" -c "fpunch 398932 1198531" -c "fsync" -c "reflink $mnt/file0 2172k 2488k 64k" -c "reflink $mnt/file1 260k 1348k 40k" $mnt/file0
sync
xfs_io -f -c "falloc -k 2909277 3346" -c "pwrite -S 0x42 2196k 4k" -c "fsync" $mnt/file1
xfs_io -f -c "pwrite -S 0x42 2738397 695627" -c "fpunch 1019919 974646" -c "fzero 2211153 3161" $mnt/file0
xfs_io -f -c "truncate 1182981" -c "pwrite -S 0xcd 849643 2200327" -c "truncate 631432" -c "pread -q 337352 843131" $mnt/file1
xfs_io -f -c "reflink $mnt/file1 544k 104k 36k" -c "pwrite -S 0xcd -b 64k 2028672 1756278" -c "pwrite -S 0x43 308k 40k" -c "fpunch 1060k 28k" -c "pread -q 10663 502334" -c "fpunch 1262218 17040" -c "pwrite -S 0x44 -b 12k 2017653 1454255" -c "sync_range -w 944k 3108k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 512 1251984 732053" -c "falloc 3188k 608k" -c "pwrite -S 0x41 882762 408628" -c "pwrite -S 0xcd -b 12k 1676996 3848" -c "sync_range -w 3140k 60k" -c "reflink $mnt/file1 608k 3220k 0" $mnt/file0
xfs_io -f -c "fzero 3724478 2950" $mnt/file0
xfs_io -f -c "falloc 1716242 13496" -c "pread -q 1632k 2300k" -c "pwrite -S 0x44 -b 12k 1781167 2307201" -c "reflink $mnt/file1 560k 828k 64k" -c "pread -q 581689 372263" -c "pwrite -S 0x43 1085194 3441" -c "falloc 1805883 49232" -c "fpunch 640850 24898" $mnt/file0
