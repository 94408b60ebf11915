# extsim conformance workload, fsxgen.py seed 76 (files up to 16m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0xcd -b 12k 7452k 120k" -c "fiemap -v" -c "falloc 3831376 523" -c "fpunch 6260k 4k" -c "dedupe $mnt/file0 7088k 5980k 484k" -c "fzero -k 13667060 2282662" -c "pwrite -S 0x43 7412884 59721" -c "fpunch 1530296 1108" $mnt/file0
xfs_io -f -c "pwrite -S 0x41 -b 64k 3163032 1226" -c "fzero 7276k 912k" -c "pwrite -S 0x41 -b 12k 1727289 672902" $mnt/file0
btrfs subvolume snapshot $mnt $mnt/snap1
xfs_io -f -c "fpunch 6504k 4k" -c "falloc 1923737 247793" -c "fzero 6568k 320k" -c "truncate 14960244" -c "pwrite -S 0xcd 10249825 3634039" -c "dedupe $mnt/file0 1624k 6692k 60k" -c "pwrite -S 0xcd -b 12k 9876k 60k" -c "reflink $mnt/file0 12100k 14072k 24k" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 8233996 3502" -c "fdatasync" -c "pwrite -S 0x41 -b 512 7664148 365728" -c "pwrite -S 0x41 -b 1m 11305419 62028" $mnt/file0
xfs_io -f -c "sync_range -b 5756k 28k" -c "fsync" -c "reflink $mnt/file0 9612k 688k 20k" -c "fzero 10617514 16699" -c "falloc -k 5462672 626003" $mnt/file0
xfs_io -f -c "falloc 5303662 3557" -c "pwrite -S 0x41 13222610 498" -c "pwrite -S 0x42 -b 4k 1060k 4k" -c "fsync" -c "fpunch 2528655 10036360" -c "fsync" -c "pwrite -S 0x43 -b 4k 3940k 640k" $mnt/file0
xfs_io -f -c "fiemap -v" -c "fsync" -c "reflink $mnt/file0 5096k 12224k 20k" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 12236k 3904k" -c "fpunch 4116842 2723" $mnt/file0
xfs_io -f -c "truncate 14934891" -c "pwrite -S 0x44 11743748 38978" -c "pwrite -S 0x41 8170957 138620" -c "truncate 9594093" -c "fzero 5340105 9745170" -c "fpunch 4119563 6009189" $mnt/file0
xfs_io -f -c "falloc -k 10996k 16k" -c "pwrite -S 0x42 4218331 5072930" -c "pwrite -S 0xcd -b 64k 8906946 402" -c "fsync" $mnt/file0
xfs_io -f -c "pwrite -S 0xcd 6300k 4k" -c "pwrite -S 0x44 -b 1000 6983898 2557294" -c "fsync" -c "pwrite -S 0x43 -b 64k 14654612 58021" -c "falloc -k 11394761 1423" $mnt/file0
