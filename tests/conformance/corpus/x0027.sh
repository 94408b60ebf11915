# extsim conformance workload, fsxgen.py seed 27 (files up to 16m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "fsync" -c "falloc 13200k 28k" -c "fzero 10696562 3484" -c "pwrite -S 0xcd -b 4k 406127 4243612" -c "reflink $mnt/file0 8588k 2308k 0" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 2788k 7528k 36k" $mnt/file0
sync
xfs_io -f -c "fdatasync" -c "fdatasync" -c "fpunch 15320k 24k" -c "falloc 7912k 124k" -c "pwrite -S 0x44 -b 512 9104k 4k" -c "falloc -k 13359819 2457" $mnt/file0
xfs_io -f -c "truncate 12668k" $mnt/file0
xfs_io -f -c "fiemap -v" $mnt/file0
sync
xfs_io -f -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1m 487453 29736" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 9648k 16k" -c "fzero -k 4592k 4k" -c "fsync" -c "fzero 9960k 16k" -c "falloc 3805129 3845" -c "fiemap -v" $mnt/file0
xfs_io -f -c "truncate 2064k" -c "pwrite -S 0xcd 80k 56k" -c "fiemap -v" -c "sync_range -a 14544k 4k" -c "fsync" -c "pwrite -S 0x42 1816k 672k" -c "falloc 1466390 26272" $mnt/file0
xfs_io -f -c "falloc -k 2384k 4k" -c "fiemap -v" -c "fzero 563194 1019332" -c "dedupe $mnt/file0 2168k 2212k 44k" -c "pwrite -S 0x42 -b 1m 1972k 996k" -c "fsync" -c "reflink $mnt/file0 1428k 440k 40k" -c "fpunch 116k 12k" $mnt/file0
xfs_io -f -c "fpunch 414956 1249" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 164k 712k 60k" -c "pwrite -S 0x42 -b 512 2208k 304k" -c "pwrite -S 0xcd 1423555 3487" -c "pwrite -S 0x43 -b 64k 508k 16k" -c "fzero -k 188547 258877" -c "pwrite -S 0xcd -b 12k 1148k 40k" -c "fpunch 2727103 6580924" $mnt/file0
xfs_io -f -c "fpunch 284k 4k" -c "dedupe $mnt/file0 768k 580k 64k" -c "falloc 1368k 4k" -c "pwrite -S 0x42 2128k 4k" -c "pread -q 89254 1014406" -c "pwrite -S 0xcd -b 4k 1708156 9462014" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 348k 6916k 10813818" $mnt/file0
xfs_io -f -c "sync_range -b 3076k 16k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 12k 14699297 403469" -c "pwrite -S 0xcd 4521294 40148" -c "sync_range -b 7980k 7232k" -c "reflink $mnt/file0" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 1000 6866890 6739678" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "dedupe $mnt/file0 14008k 8340k 64k" -c "dedupe $mnt/file0 7972k 1284k 6939438" -c "truncate 16650255" -c "fiemap -v" -c "fsync" -c "fpunch 7120570 3740" -c "reflink $mnt/file0 292k 15620k 28k" -c "fdatasync" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 13056k 8364k 40k" -c "falloc -k 14492k 4k" -c "pwrite -S 0x43 7888k 4k" -c "fzero -k 15429132 15583" -c "pwrite -S 0xcd -b 1m 5820434 8685934" -c "reflink $mnt/file0 8464k 6496k 40k" $mnt/file0
