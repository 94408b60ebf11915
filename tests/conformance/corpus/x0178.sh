# extsim conformance workload, fsxgen.py seed 178 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 1000 0 32k" -c "sync_range -b 15300k 4k" -c "pwrite -S 0xcd -b 1m 17934 10861546" -c "fsync" -c "fpunch 9836171 228531" $mnt/file0
sync
xfs_io -f -c "reflink $mnt/file0 2196k 3160k 8k" -c "pwrite -S 0x43 -b 512 4528k 48k" -c "fiemap -v" -c "fiemap -v" -c "fdatasync" -c "reflink $mnt/file0 6228k 8052k 36k" -c "fpunch 4336080 6984995" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 4667615 247411" -c "pwrite -S 0x41 -b 12k 1240k 4k" -c "truncate 6300103" -c "dedupe $mnt/file0 408k 1584k 4k" -c "pwrite -S 0xcd -b 1000 2077081 4126766" -c "pwrite -S 0x41 1712k 40k" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 12224k 56k" -c "pwrite -S 0x43 -b 1m 10076215 46208" -c "pwrite -S 0x41 2529213 1457" -c "fdatasync" -c "reflink $mnt/file0" -c "reflink $mnt/file0" -c "reflink $mnt/file0 2112k 7972k 60k" -c "fsync" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 68k 9012k 20k" -c "fiemap -v" -c "falloc -k 8436k 12k" -c "falloc 5568k 672k" -c "pwrite -S 0x42 -b 12k 6305399 27450" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 2464k 2536k 36k" -c "fiemap -v" $mnt/file0
xfs_io -f -c "truncate 6217017" -c "reflink $mnt/file0 3708k 736k 32k" -c "falloc 14520k 4k" -c "pwrite -S 0x43 -b 1000 2320098 2736" -c "fzero 1137367 599124" $mnt/file0
