# extsim conformance workload, fsxgen.py seed 198 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 1044975 8951555" -c "falloc -k 1683185 1810" -c "pwrite -S 0x44 -b 4k 2159418 2326" -c "truncate 7729468" -c "truncate 471569" -c "sync_range -a 308k 60k" -c "reflink $mnt/file0 192k 104k 28k" $mnt/file0
xfs_io -f -c "falloc 73640 1835" $mnt/file0
xfs_io -f -c "fiemap -v" -c "fsync" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 452k 452k 12k" -c "fpunch 276k 4k" $mnt/file0
xfs_io -f -c "fzero -k 446462 215744" -c "falloc -k 6816k 4k" -c "pwrite -S 0x44 161267 2532065" -c "sync_range -b 2320k 876k" -c "pwrite -S 0x44 888123 33654" -c "truncate 640k" -c "pwrite -S 0x44 320k 976k" -c "pwrite -S 0x42 1200710 24620" $mnt/file0
xfs_io -f -c "fzero -k 730206 61993" -c "pwrite -S 0x41 -b 12k 36062 9087" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 528k 368k 768k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 184k 136k 8k" -c "reflink $mnt/file0 880k 632k 60k" -c "pwrite -S 0x43 181637 3739921" -c "pwrite -S 0x43 2670995 11505" -c "pwrite -S 0x41 7524k 44k" -c "fsync" $mnt/file0
xfs_io -f -c "fpunch 7145281 2378" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd -b 4k 5991861 3628" -c "fsync" -c "truncate 16694242" $mnt/file0
