# extsim conformance workload, gen.py seed 421
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 1012k 996k 24k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "truncate 1255103" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 1061203 24k" $mnt/sv/g0
xfs_io -c "fpunch 1351680 12k" $mnt/sv/g0
xfs_io -c "fpunch 404902 3m" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/sv/g0 1138688 672k 8k" $mnt/sv/g0
xfs_io -c "fpunch 32k 20k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 480k 24k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 416k 32k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 380k 24k" $mnt/sv/g0
xfs_io -c "fpunch 469543 64k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 100k 60k 12k" $mnt/sv/g0
xfs_io -c "fpunch 1011287 164k" $mnt/sv/g0
xfs_io -c "falloc 984k 40k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 968k 1425408 9145" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 164k 24k 28k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 228k 1122304 592k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 1490944 16k 28k" $mnt/sv/g0
xfs_io -c "falloc 1855488 108k" $mnt/sv/g0
xfs_io -c "falloc -k 928k 48k" $mnt/sv/g0
xfs_io -c "truncate 1933312" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1429504 16k 444k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g1 1052672 1020k 4k" $mnt/sv/g1
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 712k 20k" $mnt/sv/g1
xfs_io -f -c "pwrite 100k 550" $mnt/sv/g1
rm $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 1335296 396k 40k" $mnt/sv/g0
btrfs subvolume snapshot $mnt/sv $mnt/s1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 536k 1613824 544k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 944k 944k 24k" $mnt/sv/g0
xfs_io -c "falloc -k 836k 8749" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 652k 844k 276k" $mnt/s1/g0
sync
xfs_io -c "reflink $mnt/sv/g0 580k 1859584 268k" $mnt/s1/g0
xfs_io -c "fpunch 1679360 3567" $mnt/sv/g0
xfs_io -c "truncate 396016" $mnt/s1/g0
xfs_io -c "reflink $mnt/sv/g0 1781760 312k 108k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 124k 60k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 268k 2093056 156k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/g0 220216 416k 28k" $mnt/s1/g0
xfs_io -f -c "pwrite 64k 7892" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 1310720 60k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc -k 1097728 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 16k 28k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "fpunch 1135103 48k" $mnt/sv/g0
xfs_io -c "falloc 340k 40k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 1245184 396k 680k" $mnt/s1/g1
xfs_io -c "truncate 1600326" $mnt/s1/g0
btrfs subvolume snapshot $mnt/sv $mnt/s3
xfs_io -c "pwrite -S 0x62 1929216 20k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 420k 140k 932k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 652k 24k" $mnt/s3/g0
xfs_io -c "falloc 1222314 56k" $mnt/s1/g0
xfs_io -c "truncate 476919" $mnt/s3/g0
xfs_io -c "pwrite -S 0x61 2072576 60k" $mnt/sv/g0
