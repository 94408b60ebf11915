# extsim conformance workload, fsxgen.py seed 113 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 2500021" -c "truncate 1420943" $mnt/file0
xfs_io -f -c "sync_range -b 1264k 32k" $mnt/file0
xfs_io -f -c "truncate 582401" -c "pwrite -S 0xcd 187623 2482" -c "pwrite -S 0xcd 1372k 340k" $mnt/file0
xfs_io -f -c "truncate 2520k" -c "dedupe $mnt/file0 428k 2428k 32k" -c "pwrite -S 0x42 -b 512 1296333 649298" -c "pwrite -S 0x41 -b 1000 2507741 40729" $mnt/file0
sync
xfs_io -f -c "falloc 1619292 1863669" -c "truncate 3600k" -c "fzero -k 2619424 31611" $mnt/file0
xfs_io -f -c "fzero 2363817 611655" -c "falloc 3591675 234950" -c "fzero -k 3704991 53514" -c "sync_range -b 1172k 4k" -c "pread -q 2112k 88k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 512 2663698 623701" -c "pwrite -S 0x42 1751606 745666" -c "pwrite -S 0x42 -b 1000 1946248 704291" -c "pwrite -S 0xcd -b 1000 396k 872k" -c "pwrite -S 0x44 3605785 46626" $mnt/file0
xfs_io -f -c "fpunch 1554638 3709" -c "pwrite -S 0x42 108k 896k" -c "reflink $mnt/file0 772k 1688k 24k" -c "pwrite -S 0x44 -b 12k 1071508 828739" -c "pread -q 1090451 746121" -c "falloc 69648 58255" -c "truncate 940k" $mnt/file0
