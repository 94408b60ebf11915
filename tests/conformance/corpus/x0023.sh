# extsim conformance workload, fsxgen.py seed 23 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x44 -b 1m 3727 868" -c "fpunch 0 116k" -c "pwrite -S 0x43 1408 47552" $mnt/file0
xfs_io -f -c "fdatasync" -c "pwrite -S 0x42 31659 2834194" -c "pwrite -S 0x41 -b 12k 2181321 14982" -c "fdatasync" -c "truncate 2353683" -c "falloc -k 2496k 1124k" $mnt/file0
xfs_io -f -c "pread -q 420890 701539" -c "fpunch 1745767 97991" -c "pwrite -S 0x43 931984 3647" -c "pwrite -S 0x42 -b 64k 810817 622" -c "fpunch 434124 31279" -c "pread -q 48k 3120k" -c "falloc 692422 291820" -c "reflink $mnt/file0 1740k 1676k 8k" $mnt/file0
xfs_io -f -c "fsync" -c "fpunch 659138 238317" -c "pread -q 3771475 2067" -c "falloc 595017 853921" -c "pwrite -S 0x44 1728k 4k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "pread -q 260923 1582700" -c "pwrite -S 0x43 -b 4k 1223170 854302" -c "falloc 1956k 568k" -c "falloc 613495 231503" -c "pwrite -S 0x41 31837 2124" $mnt/file0
xfs_io -f -c "fpunch 1519368 11846" $mnt/file0
xfs_io -f -c "truncate 1388k" -c "pwrite -S 0x43 40055 18239" -c "fzero -k 99581 839" -c "pwrite -S 0xcd 449341 55911" -c "pwrite -S 0x43 3657780 230081" -c "fpunch 1083768 797153" $mnt/file0
xfs_io -f -c "fzero -k 3180452 27598" $mnt/file0
xfs_io -f -c "fpunch 1737975 515760" -c "truncate 1242531" -c "pwrite -S 0x42 1044884 3504" -c "fpunch 902277 3739" -c "pwrite -S 0x43 -b 1m 119775 3452" -c "pwrite -S 0x42 -b 1m 3800k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 2480k 852k 28k" -c "truncate 1192558" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 1178722 8300" -c "reflink $mnt/file0 632k 512k 0" -c "fdatasync" -c "pwrite -S 0x43 -b 4k 283557 2650502" -c "fsync" -c "fdatasync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 536k 720k 2385195" -c "reflink $mnt/file0 0 2456k 8k" -c "fdatasync" -c "fpunch 584565 1832" $mnt/file0
xfs_io -f -c "fzero -k 2744k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 452k 3080k" -c "sync_range -a 2648k 8k" -c "reflink $mnt/file0 2940k 3308k 592k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 3144k 3324k 0" -c "pread -q 1740k 888k" -c "pwrite -S 0x42 1406428 789" -c "pwrite -S 0x42 3184010 3660" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 1416535 193907" -c "pwrite -S 0x41 1578357 1428" -c "pwrite -S 0x43 2688k 12k" -c "falloc -k 1206181 1251132" -c "truncate 3358948" -c "pwrite -S 0x43 1421957 1430" $mnt/file0
xfs_io -f -c "falloc -k 1733056 2251" -c "pwrite -S 0xcd 1531647 1030740" -c "dedupe $mnt/file0 1048k 820k 24k" -c "pwrite -S 0xcd -b 1000 3235784 356040" -c "fpunch 1573736 244575" -c "pwrite -S 0x43 472k 1160k" -c "pwrite -S 0xcd 1360k 932k" -c "pwrite -S 0x42 2511313 77441" $mnt/file0
xfs_io -f -c "fsync" -c "falloc 2002586 2961" -c "reflink $mnt/file0 2224k 576k 28k" -c "truncate 1588k" -c "fzero 564914 1016584" -c "pwrite -S 0x44 3533429 15179" -c "pwrite -S 0x42 -b 1000 3087611 377576" -c "pread -q 2104k 52k" $mnt/file0
