# extsim conformance workload, fsxgen.py seed 100 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fsync" -c "pwrite -S 0x42 -b 1000 0 40k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 12k 48k 20k" -c "falloc 12k 4k" -c "pwrite -S 0x42 25249 3426" -c "fpunch 13007733 6876" -c "fiemap -v" -c "pread -q 66468 710338" $mnt/file0
xfs_io -f -c "fzero -k 13280 911126" -c "dedupe $mnt/file0 64k 124k 4k" -c "reflink $mnt/file0 32k 28k 40k" -c "truncate 7263226" -c "fdatasync" -c "falloc 932k 3156k" $mnt/file0
xfs_io -f -c "falloc 5689130 62484" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "pwrite -S 0x41 327585 27752" $mnt/file0
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 4288k 1588k 36k" -c "pwrite -S 0x41 5015354 840508" -c "pwrite -S 0x41 2220k 4k" -c "pwrite -S 0x42 1945970 163418" -c "truncate 773354" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 1m 726670 301257" $mnt/file0
xfs_io -f -c "sync_range -a 388k 11932k" -c "pwrite -S 0x42 860k 148k" -c "fpunch 116439 263684" -c "pwrite -S 0x41 412642 7214236" -c "pwrite -S 0x43 -b 512 160k 60k" -c "reflink $mnt/file0 6852k 1204k 0" $mnt/file0
xfs_io -f -c "falloc 7452450 3969" -c "pwrite -S 0x43 15837809 237883" -c "pwrite -S 0x41 -b 1m 8300k 4k" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 8589612 875" -c "fdatasync" -c "dedupe $mnt/file0 7584k 11380k 0" -c "pwrite -S 0x44 -b 1m 10524180 217564" -c "reflink $mnt/file0 2564k 5620k 20k" -c "fpunch 3336k 548k" -c "pwrite -S 0x42 12693317 1676" -c "fzero -k 1415007 5880079" $mnt/file0
