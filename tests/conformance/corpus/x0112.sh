# extsim conformance workload, fsxgen.py seed 112 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x42 -b 1000 1935 1964526" -c "fiemap -v" -c "reflink $mnt/file0 1064k 704k 52k" -c "pwrite -S 0x43 -b 1000 812k 4k" -c "reflink $mnt/file0 1828k 1680k 56k" -c "pwrite -S 0x42 1076k 4k" $mnt/file0
xfs_io -f -c "falloc 1520k 4k" -c "reflink $mnt/file0 1116k 644k 0" -c "fzero -k 1336k 136k" -c "dedupe $mnt/file0 1364k 680k 48k" -c "fzero -k 1368k 168k" -c "fdatasync" -c "pwrite -S 0xcd -b 64k 903555 1128" $mnt/file0
xfs_io -f -c "truncate 308k" -c "fsync" -c "falloc 283171 647451" -c "pwrite -S 0x41 890139 672528" -c "reflink $mnt/file0 1416k 636k 60k" -c "fpunch 271331 3474613" -c "pwrite -S 0x43 1120473 610189" $mnt/file0
xfs_io -f -c "fzero -k 1164k 860k" -c "fsync" -c "pwrite -S 0x42 139302 8014" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 1484k 836k 211046" -c "fpunch 1340k 8k" -c "truncate 849860" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 4k 448952 42233" -c "pwrite -S 0x41 231780 41958" -c "falloc 736205 25445" -c "fpunch 592k 988k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 105687 603940" -c "dedupe $mnt/file0 400k 60k 440260" -c "pwrite -S 0x43 1895212 23223" -c "falloc -k 1464k 4k" -c "pwrite -S 0x43 1276342 39465" -c "pwrite -S 0x43 1292k 1016k" -c "falloc -k 1692k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 2024k 1388k" -c "falloc -k 2552k 736k" -c "fsync" -c "fdatasync" -c "fzero -k 3904392 79389" -c "falloc -k 275051 2832" -c "sync_range -b 3108k 704k" -c "fdatasync" $mnt/file0
xfs_io -f -c "fzero -k 291594 690725" -c "fzero -k 1872k 1668k" $mnt/file0
xfs_io -f -c "pread -q 768k 1288k" -c "pwrite -S 0xcd 1546645 682255" -c "pwrite -S 0x43 -b 12k 2872606 1248281" -c "sync_range -a 1348k 88k" -c "pwrite -S 0x44 -b 512 928275 3039068" -c "pwrite -S 0x41 -b 64k 3900k 160k" -c "fpunch 288k 40k" -c "pwrite -S 0x42 1790506 817096" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 2672k 1480k 24k" -c "sync_range -b 2984k 24k" -c "pread -q 2635993 1024323" -c "pwrite -S 0xcd -b 1m 1m 36k" -c "pwrite -S 0xcd 3512k 4k" -c "reflink $mnt/file0 760k 3772k 4k" $mnt/file0
