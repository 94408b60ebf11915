# extsim conformance workload, gen.py seed 452
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 8190292 36k" $mnt/f0
xfs_io -c "pwrite -S 0x62 4440064 204k" $mnt/f0
xfs_io -c "fpunch 6721536 11708" $mnt/f0
xfs_io -c "dedupe $mnt/f0 7618560 2863104 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 6754304 6750208 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 436k 40k 4k" $mnt/f0
md5sum $mnt/f0
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 8315264 4k" $mnt/f1
xfs_io -c "fzero 3997696 40k" $mnt/f1
xfs_io -c "pwrite -S 0x61 7966720 216k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x63 5681152 4568" -c "fdatasync" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/f1 3637248 1576960 2232320" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f0 1355776 3973120 6879572" $mnt/f0
xfs_io -c "reflink $mnt/f1 8011776 2076672 192k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2023424 1734" $mnt/f0
xfs_io -c "fsync" $mnt/f1
sync
xfs_io -c "reflink $mnt/f0 7503872 3264512 296k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 6635520 64k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 6963200 7389184 16k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 3313664 60k" $mnt/f2
xfs_io -c "falloc 3661824 1m" $mnt/f2
md5sum $mnt/f2
xfs_io -c "pwrite -S 0x62 236k 196k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 672k 244k" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 7446528 8k 20k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 5820416 1m" $mnt/f1
xfs_io -c "pwrite -S 0x61 919933 7581" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 2781184 40k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 5910528 84k" $mnt/f0
chattr +C $mnt/f1
sync
xfs_io -c "pwrite -S 0x63 8146944 48k" $mnt/f1
xfs_io -c "pwrite 4739805 48k" $mnt/f1
xfs_io -c "pwrite -S 0x62 4390282 40k" $mnt/f2
xfs_io -c "falloc -k 7204864 24k" $mnt/f1
sync
xfs_io -c "truncate 2293760" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 5173248 12k" $mnt/f0
xfs_io -c "truncate 2558153" $mnt/f2
xfs_io -c "truncate 124k" $mnt/f1
