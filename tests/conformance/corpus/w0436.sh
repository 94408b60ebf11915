# extsim conformance workload, gen.py seed 436
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 100k 8k" $mnt/f0
xfs_io -f -c "pwrite 988k 40k" $mnt/f1
xfs_io -c "fzero -k 88k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f1 516k 444k 524k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x62 1024596 36k" $mnt/f1
xfs_io -c "falloc 72k 248k" $mnt/f1
xfs_io -c "pwrite -S 0x62 96k 172k" $mnt/f0
xfs_io -c "reflink $mnt/f1 992k 140k 57940" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "truncate 420k" $mnt/s1/f2
xfs_io -c "dedupe $mnt/s1/f0 180k 192k 24k" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f1 572k 140k 4k" $mnt/s1/f2
xfs_io -c "fpunch 136k 20k" $mnt/s1/f1
xfs_io -c "truncate 201126" $mnt/f0
xfs_io -f -c "falloc 821893 180k" $mnt/f3
xfs_io -c "fpunch 499423 64k" $mnt/s1/f2
xfs_io -c "dedupe $mnt/f1 364k 16k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 984k 4k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f3 200k 424k 700k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 624k 424k 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 340769 48k" -c "fsync" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f1 160k 108k 172k" $mnt/s1/f2
chattr +C $mnt/f3
rm $mnt/s1/f2
xfs_io -c "reflink $mnt/f0 12k 776k 132k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 400k 52k" $mnt/f3
xfs_io -c "reflink $mnt/f3 820k 332k 52k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "truncate 172k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x61 92k 36k" $mnt/f4
rm $mnt/f0
xfs_io -c "falloc 1057234 104k" $mnt/s2/f1
xfs_io -c "dedupe $mnt/s2/f2 0 288k 32k" $mnt/f1
xfs_io -c "pwrite -S 0x63 120k 1860" $mnt/f2
xfs_io -c "fpunch 32k 1m" $mnt/f2
xfs_io -c "pwrite -S 0xcd 628k 20k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 944k 32k" $mnt/f3
rm $mnt/f3
xfs_io -c "pwrite 1052672 36k" $mnt/f1
xfs_io -c "pwrite 516k 124k" $mnt/s2/f1
xfs_io -c "fpunch 852k 72k" $mnt/s2/f2
xfs_io -f -c "pwrite 877183 24k" $mnt/s2/g0
xfs_io -c "reflink $mnt/f4 0 892k 92k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 448k 20k 24k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 12k 4623" $mnt/f4
