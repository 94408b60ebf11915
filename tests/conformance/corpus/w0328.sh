# extsim conformance workload, gen.py seed 328
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 0 1662976 4k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "falloc 1741308 24k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 88k 9244" $mnt/sv/g0
xfs_io -c "fzero 160k 36k" $mnt/sv/g0
xfs_io -c "truncate 280k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 52k 32k" $mnt/sv/g0
rm -f $mnt/sv/g0
sync
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -f -c "falloc 811783 24k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 160k 60k" -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 596k 172k" $mnt/s1/g0
xfs_io -c "fzero 1908736 4195" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 360k 32k" -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 1769472 36k" $mnt/s1/g0
xfs_io -c "falloc 1638400 4214" $mnt/s1/g0
xfs_io -c "truncate 842298" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 52k 4k 32k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 328k 436k 16k" $mnt/s1/g0
xfs_io -c "falloc -k 1249280 60k" $mnt/s1/g0
xfs_io -c "fzero -k 340k 48k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 72k 16k" $mnt/s1/g0
xfs_io -c "fpunch 372541 52k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 1654784 16k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 336k 16k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 480k 44k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 464k 0 1200128" $mnt/s1/g0
xfs_io -c "truncate 20k" $mnt/s1/g0
md5sum $mnt/s1/g0
xfs_io -c "falloc -k 0 3m" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 4k 2030" -c "fdatasync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 4k 0 12k" $mnt/s1/g0
xfs_io -c "pwrite 760k 24k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 456k 9311" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 1900544 1908736 24k" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 535934 128k" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/s1/g0 212k 968k 196k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 220490 12k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 1m 88k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 432k 32k" $mnt/s1/g0
rm $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 196k 64k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 744k 60k" $mnt/sv/g0
xfs_io -c "falloc 308k 2249" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1073152 564k 4k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 1781760 20k" $mnt/sv/g0
xfs_io -c "fpunch 748k 4k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 724k 100k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 1288787 12k" $mnt/sv/g0
xfs_io -c "truncate 969625" $mnt/sv/g0
xfs_io -c "falloc 136k 8k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 524k 112k 12k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 104k 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 552k 180k" $mnt/sv/g0
xfs_io -c "pwrite 172533 24k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 32k 4k 20k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 479910 8k" $mnt/sv/g0
xfs_io -c "fpunch 412k 44k" $mnt/sv/g0
xfs_io -c "falloc 88k 60k" $mnt/sv/g0
