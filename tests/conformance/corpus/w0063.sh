# extsim conformance workload, gen.py seed 63
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 828k 144k" $mnt/f0
xfs_io -c "pwrite -S 0x62 28k 220k" $mnt/f0
xfs_io -c "truncate 208k" $mnt/f0
xfs_io -c "pwrite -S 0x62 192k 9468" $mnt/f0
xfs_io -c "truncate 92k" $mnt/f0
xfs_io -c "truncate 28k" $mnt/f0
xfs_io -c "truncate 27380" $mnt/f0
xfs_io -c "pwrite -S 0x61 8k 64k" $mnt/f0
xfs_io -c "pwrite -S 0x62 4k 6786" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite 44k 4k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite 44k 12k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 44k 52k 4k" $mnt/f0
xfs_io -c "truncate 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 12k 1000k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 404k 9995" $mnt/f0
xfs_io -c "falloc -k 740k 7286" $mnt/f0
xfs_io -c "fpunch 964k 24k" $mnt/f0
xfs_io -c "fzero 1859584 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 472k 468k 32k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1294336 1146880 540k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1822720 0 48k" $mnt/f1
xfs_io -c "pwrite -S 0x61 712k 56k" $mnt/f1
xfs_io -c "falloc -k 956k 1m" $mnt/f0
xfs_io -c "reflink $mnt/f1 1384448 1548288 5624" $mnt/f1
xfs_io -c "dedupe $mnt/f0 336k 56k 12k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f1 856k 1064960 404k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 596k 1016k 12k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 148k 36k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 352k 16k 8k" $mnt/f0
xfs_io -c "falloc 80k 56k" $mnt/f1
xfs_io -c "pwrite -S 0x62 2806 28k" $mnt/f3
xfs_io -c "falloc 292k 12k" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 292k 11249" -c "fsync" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 524k 112k" $mnt/f3
sync
xfs_io -c "dedupe $mnt/f2 1388544 0 308k" $mnt/f2
xfs_io -c "falloc 1609728 36k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 412k 5892" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 1839104 20k" $mnt/f4
sync
xfs_io -c "falloc 1331200 40k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1290240 76k 24k" $mnt/f0
xfs_io -c "truncate 1615315" $mnt/f0
xfs_io -c "pwrite -S 0x61 2064384 216k" -c "fsync" $mnt/f1
xfs_io -c "fpunch 1052672 8k" $mnt/f2
xfs_io -c "dedupe $mnt/f3 256k 784k 20k" $mnt/f0
