# extsim conformance workload, fsxgen.py seed 164 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 1544k 36k" -c "pwrite -S 0x41 613 722" -c "truncate 2768k" -c "fsync" -c "fsync" -c "pwrite -S 0x41 -b 1000 511975 1593" -c "reflink $mnt/file0 232k 588k 2536k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 12k 1638900 194536" -c "truncate 1071654" -c "pwrite -S 0xcd -b 64k 1556k 520k" -c "dedupe $mnt/file0 832k 1384k 0" -c "pwrite -S 0xcd -b 64k 2063422 385346" -c "pwrite -S 0xcd -b 12k 292k 1192k" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 1000 133145 3197800" -c "fdatasync" -c "fpunch 2248709 7711" -c "pwrite -S 0xcd 616k 2620k" -c "pwrite -S 0xcd 1697234 451080" -c "fsync" -c "falloc -k 1892654 1504398" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 -b 64k 544364 813" -c "pwrite -S 0xcd -b 64k 1312k 580k" -c "pwrite -S 0x44 -b 1m 3004k 4k" $mnt/file0
xfs_io -f -c "pread -q 2210716 1792494" -c "pwrite -S 0x43 -b 1m 564253 56921" -c "pwrite -S 0xcd -b 512 369315 63662" -c "fiemap -v" -c "pread -q 2708126 500498" -c "truncate 987986" -c "reflink $mnt/file0 20k 368k 0" $mnt/file0
xfs_io -f -c "sync_range -a 20k 2360k" -c "fpunch 1156k 4k" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "falloc 2378741 660154" -c "fpunch 3388k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 12k 208805 3167340" -c "pwrite -S 0x44 1880k 964k" -c "falloc -k 866551 61283" -c "pwrite -S 0xcd -b 1m 1019773 279065" -c "pread -q 3085518 2338" -c "fdatasync" -c "truncate 2753229" -c "falloc -k 3141839 591718" $mnt/file0
