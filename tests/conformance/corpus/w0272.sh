# extsim conformance workload, gen.py seed 272
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 -b 1m 688k 2m" $mnt/f0
xfs_io -c "falloc 2736128 1051" $mnt/f0
xfs_io -c "reflink $mnt/f0 624k 1392640 380k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 900k 484k 44k" $mnt/f1
xfs_io -c "pwrite -S 0x62 152k 16k" -c "fsync" $mnt/f1
xfs_io -c "fpunch 305323 124k" $mnt/f1
xfs_io -c "pwrite 412k 56k" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 1118208 3m" $mnt/f0
rm $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fpunch 1732608 64k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 292k 280k 8k" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x63 276k 40k" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 312k 0 220k" $mnt/f1
xfs_io -c "pwrite -S 0x62 356k 64k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 180k 1409024 28k" $mnt/f0
xfs_io -c "truncate 400k" $mnt/f0
xfs_io -c "reflink $mnt/f0 44k 1835008 36k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fpunch 164k 9329" $mnt/f0
xfs_io -c "reflink $mnt/f0 56k 384k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x63 228k 44k" $mnt/f0
xfs_io -c "truncate 928k" $mnt/f1
xfs_io -c "truncate 249667" $mnt/f0
xfs_io -c "reflink $mnt/f0 224k 48k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f1 896k 40k 16k" $mnt/f0
xfs_io -c "fpunch 20k 228k" $mnt/f1
xfs_io -c "pwrite -S 0x63 176k 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 160k 2080768 32k" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 860k 344k 0" $mnt/f2
rm $mnt/f2
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -f -c "reflink $mnt/f3 788k 1339392 28k" $mnt/f3
xfs_io -f -c "reflink $mnt/f2 0 592k 4k" $mnt/f4
xfs_io -c "fpunch 932k 28k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 652k 32k" $mnt/f5
xfs_io -c "pwrite -S 0x62 256k 3090" $mnt/f5
chattr +C $mnt/f5
sync
xfs_io -c "pwrite -S 0x63 36k 12k" $mnt/f4
xfs_io -c "dedupe $mnt/f2 4k 0 4k" $mnt/f1
xfs_io -c "fpunch 560k 20k" $mnt/f1
xfs_io -c "truncate 680k" $mnt/f4
xfs_io -c "pwrite -S 0xcd 1114112 24k" $mnt/f5
xfs_io -c "dedupe $mnt/f1 196k 0 20k" $mnt/f4
xfs_io -c "reflink $mnt/f0 700k 1137582 48k" $mnt/f0
xfs_io -c "dedupe $mnt/f5 888k 0 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 495811 36k" $mnt/f1
sync
xfs_io -c "truncate 816k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 0 44k" $mnt/f4
xfs_io -c "dedupe $mnt/f2 360k 80k 12k" $mnt/f0
