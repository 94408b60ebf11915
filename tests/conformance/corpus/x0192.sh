# extsim conformance workload, fsxgen.py seed 192 (files up to 4m)
mkfs.btrfs -f $dev -b 1g > /dev/null
mount $dev $mnt
xfs_io -f -c "dedupe $mnt/file0 0 20k 4k" -c "pwrite -S 0x42 -b 12k 2140 598032" -c "reflink $mnt/file0 524k 200k 63596" -c "falloc -k 2650577 3179" -c "fiemap -v" $mnt/file0
xfs_io -f -c "fpunch 34642 56225" -c "pwrite -S 0x42 478610 1102595" -c "pwrite -S 0x42 -b 1000 915838 128737" -c "fzero -k 1126554 70450" -c "sync_range -w 180k 4k" $mnt/file0
xfs_io -f -c "fdatasync" -c "dedupe $mnt/file0 1444k 1m 20k" -c "fpunch 1316039 1018704" $mnt/file0
xfs_io -f -c "fpunch 773416 706319" -c "truncate 1188692" -c "pwrite -S 0x41 -b 1000 3487891 507168" $mnt/file0
xfs_io -f -c "falloc 253218 41863" -c "truncate 1799730" -c "pread -q 1077222 815475" -c "fzero 840k 960k" -c "fzero 284458 446576" $mnt/file0
xfs_io -f -c "dedupe $mnt/file0 392k 376k 16k" -c "pwrite -S 0x42 -b 1m 956677 648673" -c "fzero -k 1649127 724396" $mnt/file0
xfs_io -f -c "fpunch 1175964 1916254" -c "reflink $mnt/file0 1552k 36k 0" -c "falloc 1513718 2631593" -c "pwrite -S 0x43 -b 512 1248041 1028449" -c "truncate 924759" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fzero -k 84201 658005" -c "dedupe $mnt/file0 308k 864k 0" -c "pwrite -S 0x44 372343 799" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 664k 172k 52k" -c "truncate 46264" -c "fpunch 0 56k" -c "pwrite -S 0x42 -b 12k 2736k 456k" -c "falloc 1717335 1943" $mnt/file0
xfs_io -f -c "pwrite -S 0x44 1609399 1413" -c "fiemap -v" -c "pwrite -S 0x44 -b 1m 2292k 4k" $mnt/file0
xfs_io -f -c "reflink $mnt/file0 2140k 1000k 60k" -c "falloc -k 145693 3817441" -c "pwrite -S 0x42 76989 174435" -c "truncate 2993244" $mnt/file0
xfs_io -f -c "truncate 1071265" -c "fzero -k 711943 401" -c "reflink $mnt/file0 108k 228k 40k" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 641422 3742" -c "fdatasync" -c "fdatasync" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 12k 466318 17851" -c "pwrite -S 0xcd -b 1000 252753 206338" $mnt/file0
