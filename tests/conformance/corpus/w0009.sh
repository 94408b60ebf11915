# extsim conformance workload, gen.py seed 9
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 164k 244k" $mnt/f0
xfs_io -c "pwrite -S 0x61 885711 2170" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite 860k 120k" $mnt/f0
xfs_io -c "pwrite -S 0x61 112k 100k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 248k 28k" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x61 584k 172k" $mnt/f0
xfs_io -c "pwrite -S 0x62 620k 4424" $mnt/f0
xfs_io -c "dedupe $mnt/f0 164k 256k 8k" $mnt/f1
xfs_io -c "pwrite -S 0x62 224k 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 108k 104k 8k" $mnt/f1
xfs_io -c "falloc 388k 192k" $mnt/f0
xfs_io -c "fpunch 64k 52k" $mnt/f0
xfs_io -c "reflink $mnt/f0 172k 24k 712k" $mnt/f1
xfs_io -c "pwrite -S 0x63 307450 52k" $mnt/f0
xfs_io -c "fpunch 572k 3m" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "dedupe $mnt/f0 280k 132k 8k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 827446 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 960k 812k 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 536k 0 28k" $mnt/f2
sync
xfs_io -c "falloc 716k 10433" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f0 236k 268k 16k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "reflink $mnt/f1 692k 140k 28k" $mnt/f3
xfs_io -c "dedupe $mnt/f0 480k 480k 4k" $mnt/f0
chattr +C $mnt/f2
xfs_io -f -c "pwrite -S 0x62 -b 1m 456k 4m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 229682 88k" -c "fsync" $mnt/f4
xfs_io -c "reflink $mnt/s1/f0 80k 404k 244k" $mnt/f3
xfs_io -c "dedupe $mnt/s2/f0 816k 868k 8k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 644k 8k" -c "fsync" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x61 12k 92k" $mnt/s2/g1
xfs_io -c "falloc 856k 12k" $mnt/s2/f0
xfs_io -c "falloc 932k 52k" $mnt/s2/f2
xfs_io -f -c "pwrite -S 0x62 648k 48k" $mnt/f2
xfs_io -f -c "reflink $mnt/f3 340k 860k 40k" $mnt/s2/g2
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "reflink $mnt/f0 602044 87362 16k" $mnt/s3/f3
xfs_io -c "reflink $mnt/s3/f1 136k 136k 16k" $mnt/s3/f1
xfs_io -f -c "falloc -k 364k 11211" $mnt/s3/g0
xfs_io -c "pwrite -S 0x63 872k 136k" -c "fdatasync" $mnt/s3/g0
xfs_io -c "pwrite -S 0x63 708k 4565" -c "fsync" $mnt/f4
sync
xfs_io -c "reflink $mnt/s3/f3 432k 204k 228k" $mnt/s2/f1
xfs_io -c "truncate 724k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 892k 1m" -c "fdatasync" $mnt/s3/f1
