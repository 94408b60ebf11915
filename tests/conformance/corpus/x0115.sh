# extsim conformance workload, fsxgen.py seed 115 (files up to 1m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "dedupe $mnt/file0 0 4k 4k" -c "truncate 362458" -c "fiemap -v" -c "pread -q 444k 52k" -c "pwrite -S 0x42 319483 36295" $mnt/file0
xfs_io -f -c "fsync" -c "pwrite -S 0x44 97037 887210" -c "truncate 549474" -c "reflink $mnt/file0 176k 56k 56k" -c "pwrite -S 0x44 100k 424k" -c "truncate 619959" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 13195 876529" -c "sync_range -b 188k 444k" -c "fiemap -v" -c "fsync" $mnt/file0
xfs_io -f -c "sync_range -w 680k 260k" -c "pwrite -S 0x44 162347 1953" -c "fsync" -c "pwrite -S 0x42 -b 1m 881528 127768" -c "pwrite -S 0x42 -b 4k 943127 1584" $mnt/file0
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 1000 362102 253809" -c "pwrite -S 0x42 -b 512 492762 451821" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 344k 392k 4k" -c "falloc -k 231839 146493" -c "reflink $mnt/file0 416k 476k 28k" -c "truncate 479862" -c "fiemap -v" -c "fpunch 358609 3705" -c "truncate 259353" -c "pwrite -S 0xcd 250244 15431" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 232k 184k 24k" -c "sync_range -b 144k 492k" $mnt/file0
xfs_io -f -c "fsync" -c "reflink $mnt/file0 172k 288k 60k" -c "pread -q 192k 56k" -c "pread -q 297384 39390" -c "pwrite -S 0x41 175808 2567" $mnt/file0
xfs_io -f -c "pread -q 89842 55548" -c "falloc -k 122658 50165" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 148k 344k 40k" -c "reflink $mnt/file0 84k 416k 0" -c "falloc -k 168805 6108" -c "fdatasync" -c "fpunch 24k 4k" $mnt/file0
xfs_io -f -c "fiemap -v" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1m 457411 3812" -c "fpunch 94819 1529" $mnt/file0
