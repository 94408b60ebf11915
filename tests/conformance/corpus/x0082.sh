# extsim conformance workload, fsxgen.py seed 82 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x41 -b 1000 3863 1621" -c "fzero -k 0 1424k" -c "pwrite -S 0x44 2485 3023" -c "fpunch 4k 52k" -c "falloc -k 8028k 92k" $mnt/file0
sync
xfs_io -f -c "fpunch 20 744737" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 4k 0 0" -c "fpunch 632 157481" $mnt/file0
xfs_io -f -c "falloc 4k 6004k" -c "pread -q 3268716 11644870" -c "falloc 3556k 44k" -c "truncate 6432k" -c "pwrite -S 0xcd 1240193 2035" -c "falloc 1172693 386319" -c "fpunch 2356k 12k" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 2916k 4m 24k" -c "pwrite -S 0x44 2300k 4684k" -c "pwrite -S 0x41 1704k 14516k" -c "pwrite -S 0x41 -b 512 13592k 4k" $mnt/file0
xfs_io -f -c "sync_range -w 456k 4280k" -c "sync_range -a 6916k 4k" -c "pwrite -S 0x42 -b 512 13356891 914565" -c "pwrite -S 0x44 14520k 4k" -c "fpunch 3929198 524" -c "truncate 16088103" -c "truncate 11921331" $mnt/file0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x43 -b 12k 9592k 4k" -c "fsync" -c "dedupe $mnt/file0 1160k 3708k 28k" -c "reflink $mnt/file0 3136k 160k 0" -c "falloc 8583293 8311" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 64k 228k 14312k" $mnt/file0
xfs_io -f -c "falloc -k 11179146 48626" -c "truncate 5668k" -c "reflink $mnt/file0 1952k 584k 44k" -c "fzero -k 749053 59204" -c "reflink $mnt/file0 2356k 3796k 0" -c "fdatasync" -c "falloc -k 536k 60k" $mnt/file0
