# extsim conformance workload, gen.py seed 6085 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 420k 9915" $mnt/sv/g0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "reflink $mnt/sv/g0 68k 288k 60k" $mnt/sv/g1
xfs_io -c "falloc 636k 3775" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 275013 20k" $mnt/sv/g0
xfs_io -c "falloc 308k 48k" $mnt/sv/g1
xfs_io -c "truncate 230644" $mnt/sv/g0
xfs_io -c "fpunch 96k 176k" $mnt/sv/g0
xfs_io -c "fpunch 2093056 104k" $mnt/sv/g1
xfs_io -f -c "falloc 1613304 44k" $mnt/sv/g2
xfs_io -f -c "pwrite 1128439 208k" -c "fdatasync" $mnt/sv/g2
xfs_io -c "fpunch 509407 40k" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/sv/g1 244k 1781760 352k" $mnt/sv/g3
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 360k 32k" $mnt/sv/g3
xfs_io -c "reflink $mnt/sv/g1 4k 1077248 216k" $mnt/sv/g3
xfs_io -f -c "pwrite -S 0x62 108k 64k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 48k 11971" $mnt/f1
xfs_io -c "pwrite 169224 2766" $mnt/f0
xfs_io -c "pwrite 20k 28k" $mnt/sv/g0
xfs_io -c "falloc -k 1181106 64k" $mnt/sv/g2
xfs_io -c "fzero -k 913282 92k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 120k 0 56k" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/sv/g3 872k 148k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1277952 636" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 184k 32k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g1 800k 24k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 308k 40k" $mnt/sv/g4
xfs_io -c "fdatasync" $mnt/f1
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "falloc 840k 16k" $mnt/s1/g0
sync
echo 1 > /proc/sys/vm/drop_caches
sync
sync
xfs_io -c "falloc -k 144k 44k" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g1 192k 412k 872k" $mnt/sv/g2
btrfs subvolume snapshot $mnt/sv $mnt/s2
chattr +C $mnt/sv/g4
xfs_io -c "reflink $mnt/sv/g2 140k 128k 12k" $mnt/sv/g2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 12k 44k" $mnt/sv/g0
xfs_io -f -c "falloc 284k 212k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/f1 1253376 151787 72k" $mnt/s2/g4
sync
xfs_io -f -c "pwrite -S 0x63 1720320 148k" $mnt/s2/g5
xfs_io -c "pwrite -S 0x63 892k 64k" $mnt/s1/g1
xfs_io -c "pwrite -S 0xcd 439186 6429" $mnt/s1/g1
xfs_io -c "falloc 204k 4k" $mnt/s2/g1
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/sv/g2 1261568 0 24k" $mnt/s2/g5
xfs_io -c "falloc -k 1077248 6045" $mnt/s2/g1
xfs_io -f -c "pwrite -S 0x63 20k 7598" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s3
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fzero -k 124k 192k" $mnt/f0
xfs_io -c "falloc 25907 156k" $mnt/s3/f1
xfs_io -f -c "reflink $mnt/s1/g0 332k 568k 60k" $mnt/s2/g6
xfs_io -f -c "pwrite -S 0xcd 4k 32k" -c "fsync" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x62 536k 64k" -c "fdatasync" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/s2/g6 160k 0 12k" $mnt/sv/g3
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x63 649366 108k" $mnt/s2/g4
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "fdatasync" $mnt/s2/g5
xfs_io -c "pwrite -S 0x61 340k 3538" $mnt/s2/g4
