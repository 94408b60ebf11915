# extsim conformance workload, gen.py seed 517
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1277952 8k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 848k 864k 128k" $mnt/f0
xfs_io -c "falloc 136k 6914" $mnt/f0
xfs_io -c "pwrite -S 0xcd 352k 24k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 100k 0 1187840" $mnt/f0
xfs_io -c "reflink $mnt/f0 204k 40k 808k" $mnt/f0
xfs_io -c "fzero -k 1986560 44k" $mnt/f0
xfs_io -c "reflink $mnt/f0 32k 332k 1417" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 840k 4m" $mnt/f0
xfs_io -f -c "pwrite 3395584 12k" -c "fdatasync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 3325952 519" -c "fsync" $mnt/f0
xfs_io -c "fpunch 2211840 256k" $mnt/f0
xfs_io -c "fpunch 4874240 36k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2127246 68k" $mnt/f0
xfs_io -c "pwrite -S 0x63 478788 20k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 2875392 60k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x61 4715642 60k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 3831527 20k" -c "fdatasync" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x62 208678 136k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 33123 12048" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 3768320 60k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 4157440 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1431714 60k" $mnt/f1
xfs_io -c "pwrite -S 0x62 2637824 60k" $mnt/f0
xfs_io -c "truncate 2953216" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "fzero -k 700k 116k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1179648 0 16k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "falloc 1896448 256k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x62 713201 3495" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x63 648k 12k" $mnt/s2/g1
xfs_io -c "reflink $mnt/f0 2551808 72k 1871872" $mnt/s2/g1
xfs_io -c "fpunch 584k 5982" $mnt/s2/g1
xfs_io -f -c "pwrite -S 0x61 35214 60k" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 916k 6163" $mnt/f1
xfs_io -c "pwrite -S 0x62 594404 20k" $mnt/s2/g1
xfs_io -c "pwrite -S 0x62 433603 8k" -c "fdatasync" $mnt/s2/g0
xfs_io -c "fpunch 476k 184k" $mnt/s2/g1
xfs_io -c "falloc -k 28046 48k" $mnt/s2/g1
sync
xfs_io -f -c "truncate 1857076" $mnt/f2
xfs_io -c "reflink $mnt/s2/g1 1191936 1798144 496k" $mnt/s1/f0
