# extsim conformance workload, fsxgen.py seed 70 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/file0 0 48k 4k" -c "truncate 29218" -c "pwrite -S 0x44 -b 512 4k 4k" $mnt/file0
xfs_io -f -c "falloc 26205 494" -c "pwrite -S 0x42 2596067 46751" -c "pwrite -S 0x44 -b 12k 618698 826743" $mnt/file0
xfs_io -f -c "truncate 2997472" -c "pwrite -S 0x42 1943379 503" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 1744k 2884k 0" -c "fzero 1648k 288k" -c "pread -q 2906519 3054" -c "fiemap -v" -c "pwrite -S 0x44 -b 1000 1712k 40k" $mnt/file0
sync
xfs_io -f -c "pread -q 3237654 24717" -c "pwrite -S 0x44 -b 64k 3676k 4k" -c "falloc 580k 956k" -c "dedupe $mnt/file0 1808k 2528k 40k" -c "fsync" -c "sync_range -w 3664k 4k" $mnt/file0
xfs_io -f -c "pread -q 4015584 25105" -c "pwrite -S 0x41 3505341 61108" -c "reflink $mnt/file0" -c "pwrite -S 0x44 420k 4k" -c "fpunch 1788k 1460k" -c "truncate 3244k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1000 804k 40k" -c "pwrite -S 0xcd 2505465 21971" -c "fpunch 1338908 1553" -c "pwrite -S 0x44 -b 1m 2424k 840k" -c "truncate 974266" -c "fzero 456k 884k" -c "pwrite -S 0x43 784k 32k" -c "pread -q 546978 52196" $mnt/file0
xfs_io -f -c "fpunch 811051 1550" -c "reflink $mnt/file0 476k 468k 0" -c "pwrite -S 0x41 -b 1000 1130401 956" $mnt/file0
