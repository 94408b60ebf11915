# extsim conformance workload, fsxgen.py seed 139 (files up to 4m)
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "fdatasync" -c "pwrite -S 0x42 2223 38958" -c "truncate 1561409" -c "truncate 530380" -c "fsync" -c "pread -q 24736 3698" $mnt/file0
xfs_io -f -c "fdatasync" -c "sync_range -a 80k 3020k" -c "fpunch 8927 737020" -c "sync_range -a 268k 8k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 2932436 3154" -c "pwrite -S 0x43 1476k 4k" -c "sync_range -b 1456k 2624k" -c "pwrite -S 0x41 2288k 88k" -c "pwrite -S 0x42 -b 12k 2902069 40411" -c "pwrite -S 0xcd -b 12k 856k 584k" -c "dedupe $mnt/file0 1148k 2012k 8k" -c "fzero 40k 24k" $mnt/file0
xfs_io -f -c "pwrite -S 0x42 -b 64k 2692k 16k" -c "pwrite -S 0x42 -b 64k 1388k 4k" -c "fpunch 1632900 64292" -c "pread -q 2624k 8k" -c "pwrite -S 0x42 2872717 3187" -c "pwrite -S 0x44 1528k 4k" -c "pwrite -S 0x43 -b 512 1932k 4k" -c "pwrite -S 0x44 2171293 1837119" $mnt/file0
xfs_io -f -c "pwrite -S 0x43 -b 4k 772k 4k" -c "pwrite -S 0x42 -b 4k 1772k 4k" -c "truncate 3941136" -c "pwrite -S 0x41 -b 4k 3421005 1284" -c "reflink $mnt/file0" $mnt/file0
