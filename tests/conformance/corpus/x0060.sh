# extsim conformance workload, fsxgen.py seed 60 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
touch $mnt/file1
chattr +C $mnt/file1
xfs_io -f -c "pwrite -S 0x41 -b 1m 1555749 51109" -c "fpunch 642026 6334" -c "fiemap -v" -c "fdatasync" -c "pwrite -S 0xcd 1188670 38602" -c "truncate 452k" $mnt/file1
xfs_io -f -c "fdatasync" -c "reflink $mnt/file0 0 44k 4k" -c "fsync" -c "pwrite -S 0xcd 2580k 1508k" $mnt/file0
xfs_io -f -c "falloc -k 3218792 3601" -c "fsync" -c "pwrite -S 0x41 -b 12k 3412k 4k" -c "fpunch 1734550 1524" -c "falloc -k 1175415 279" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 512 121394 45327" -c "fpunch 160k 12k" -c "pwrite -S 0x42 9707 2896532" -c "fsync" -c "fsync" -c "pread -q 3572k 312k" $mnt/file1
sync
xfs_io -f -c "fpunch 2462445 3260" -c "fiemap -v" -c "fpunch 2096k 4k" -c "pwrite -S 0xcd -b 1000 992442 62939" -c "falloc -k 2568k 24k" -c "fpunch 2416k 8k" -c "fsync" -c "reflink $mnt/file1 1008k 12k 16k" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 2444558 37122" -c "dedupe $mnt/file1 2192k 2692k 28k" -c "pwrite -S 0xcd 492k 36k" $mnt/file1
xfs_io -f -c "pwrite -S 0x44 736k 4k" -c "fpunch 1484721 461453" -c "reflink $mnt/file0 1752k 3176k 64k" -c "pwrite -S 0x44 593630 2369410" -c "pwrite -S 0x43 -b 1000 446593 729047" -c "truncate 1052779" -c "pwrite -S 0x41 -b 12k 222815 25077" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 4k 216k 4k" -c "sync_range -w 2996k 28k" -c "fsync" -c "fzero -k 2688107 13610" $mnt/file1
xfs_io -f -c "pwrite -S 0x41 2645727 743" -c "dedupe $mnt/file0 660k 1316k 376939" -c "falloc 2196372 9313" -c "fpunch 145525 2206" -c "fiemap -v" -c "reflink $mnt/file1" $mnt/file1
