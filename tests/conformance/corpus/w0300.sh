# extsim conformance workload, gen.py seed 300
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 660k" $mnt/f0
xfs_io -c "fpunch 659843 220k" $mnt/f0
xfs_io -c "reflink $mnt/f0 292k 367841 224k" $mnt/f0
xfs_io -f -c "pwrite 32k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 427130 8537" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x61 104k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 196k 1478656 476k" $mnt/f0
xfs_io -c "fpunch 488k 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 760k 28k" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 456k 584k 208k" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x62 1380352 2m" $mnt/f2
xfs_io -c "pwrite -S 0x63 1441792 36k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2666496 16k" $mnt/f2
xfs_io -c "fpunch 808k 88k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 208k 60k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 564k 12k" -c "fsync" $mnt/f0
xfs_io -c "fpunch 720k 16k" $mnt/f1
xfs_io -c "pwrite -S 0x62 1227430 192k" -c "fdatasync" $mnt/f0
xfs_io -f -c "truncate 492k" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 1056768 11013" $mnt/f0
xfs_io -c "fpunch 1335296 11072" $mnt/f1
xfs_io -c "pwrite -S 0x61 185420 8k" $mnt/f0
xfs_io -c "reflink $mnt/f3 52k 48k 32k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 648k 0 144k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 465532 136k" $mnt/f3
xfs_io -c "pwrite -S 0x62 497101 176k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 476k 136k 24k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 492k 68k 28k" $mnt/f0
xfs_io -c "falloc -k 1227568 172k" $mnt/f1
xfs_io -c "truncate 185" $mnt/f3
xfs_io -c "reflink $mnt/f1 1757184 1540096 36k" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "truncate 1163264" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 324k 60k" $mnt/f4
xfs_io -c "pwrite -S 0x61 488k 8k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
sync
xfs_io -c "fzero 2023424 16k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 272k 24k" $mnt/f0
xfs_io -c "fsync" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 780k 68k" $mnt/f5
xfs_io -c "fdatasync" $mnt/f1
md5sum $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1089536 11970" -c "fsync" $mnt/f0
xfs_io -f -c "truncate 1712128" $mnt/f6
xfs_io -c "fzero 3227294 20k" $mnt/f2
xfs_io -c "reflink $mnt/f1 392k 400k 32k" $mnt/f1
xfs_io -c "pwrite -S 0x62 368k 16k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 939734 957" $mnt/f7
md5sum $mnt/f7
xfs_io -r -c "fiemap -v" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f0 824k 824k 32k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 322466 28k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f4 228k 64k 24k" $mnt/f0
sync
xfs_io -c "fzero -k 0 104k" $mnt/f3
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fzero -k 2m 4k" $mnt/f2
