# extsim conformance workload, fsxgen.py seed 189 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 12k 943 2231060" -c "reflink $mnt/file0 648k 1764k 56k" -c "sync_range -w 1248k 212k" -c "pwrite -S 0x42 314256 103156" -c "sync_range -b 1080k 4k" $mnt/file0
xfs_io -f -c "fpunch 1566886 3262" $mnt/file0
xfs_io -f -c "falloc -k 1164733 805" -c "fzero -k 3190614 40247" -c "reflink $mnt/file0" -c "pwrite -S 0x41 675765 1693" -c "pwrite -S 0x41 1416k 24k" -c "falloc -k 658537 3697" -c "pwrite -S 0xcd -b 4k 914268 1001" -c "pwrite -S 0x44 -b 12k 2085850 1447906" $mnt/file0
xfs_io -f -c "fsync" -c "fzero 3425735 932" -c "pwrite -S 0xcd -b 64k 3663618 3434" -c "fzero 3185272 58984" -c "pwrite -S 0x43 -b 1m 441287 23791" $mnt/file0
sync
xfs_io -f -c "pwrite -S 0xcd -b 512 1232k 2384k" -c "pwrite -S 0xcd 3152k 60k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 512 1288k 16k" -c "truncate 4060k" -c "pwrite -S 0x43 -b 512 2018232 57358" -c "pwrite -S 0x41 -b 64k 4149688 551" -c "fzero 1596k 388k" $mnt/file0
xfs_io -f -c "fsync" -c "dedupe $mnt/file0 524k 2904k 0" -c "pwrite -S 0x44 -b 1m 1324548 1088" -c "pwrite -S 0x42 1528k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 2720k 4k" -c "fzero 76066 65800" -c "fdatasync" $mnt/file0
xfs_io -f -c "truncate 3094515" -c "pwrite -S 0x42 1149767 907257" -c "reflink $mnt/file0 1696k 596k 12k" -c "pwrite -S 0x44 -b 1m 1557163 110" $mnt/file0
xfs_io -f -c "falloc -k 1244101 427501" -c "pwrite -S 0x42 1378899 21021" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 2852k 4k" -c "truncate 531568" -c "fpunch 192199 30609" -c "fsync" -c "pwrite -S 0x43 342844 3035" -c "pwrite -S 0x43 486795 1110" -c "falloc 417663 1330560" -c "pwrite -S 0x44 -b 4k 1266466 1511" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 71808 1047096" -c "truncate 987600" -c "reflink $mnt/file0 96k 288k 889296" -c "fpunch 240594 17895" -c "fsync" -c "fsync" -c "truncate 2488225" $mnt/file0
xfs_io -f -c "falloc 248313 255618" -c "reflink $mnt/file0" -c "fpunch 1592907 31788" -c "fpunch 221908 597036" -c "sync_range -a 1544k 4k" $mnt/file0
