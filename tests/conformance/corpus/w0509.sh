# extsim conformance workload, gen.py seed 509
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 632k 80k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite 70298 164k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f0 268k 378899 40k" $mnt/f0
xfs_io -c "pwrite -S 0x61 152k 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 120k 120k 32k" $mnt/f0
sync
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x61 744k 120k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 451290 76k" $mnt/f2
xfs_io -c "fpunch 952k 120k" $mnt/f2
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "pwrite 700k 160k" $mnt/f3
xfs_io -c "falloc -k 36k 24k" $mnt/f3
xfs_io -c "falloc 446559 1831" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 617563 2m" $mnt/f4
xfs_io -c "fpunch 528k 136k" $mnt/f3
xfs_io -c "dedupe $mnt/f3 424k 28k 12k" $mnt/f0
xfs_io -f -c "truncate 676980" $mnt/f5
xfs_io -c "pwrite -S 0x61 308k 40k" $mnt/f1
xfs_io -c "fpunch 437208 60k" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite 572860 8076" $mnt/f5
xfs_io -c "pwrite -S 0x61 489808 4k" $mnt/f2
xfs_io -c "falloc 980k 180k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f3 744k 124k 124k" $mnt/f1
xfs_io -c "fpunch 864k 8500" $mnt/f3
xfs_io -c "fpunch 508k 6026" $mnt/f0
xfs_io -c "pwrite -S 0x61 372k 20k" -c "fsync" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 608k 108k" -c "fsync" $mnt/f6
xfs_io -c "falloc 928k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f1 752k 688k 12k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fpunch 240k 4m" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f0 452k 20k 32k" $mnt/f4
xfs_io -f -c "pwrite -S 0xcd 820k 160k" $mnt/f7
xfs_io -c "pwrite -S 0x63 441271 52k" $mnt/s2/f6
xfs_io -c "truncate 344k" $mnt/f5
sync
xfs_io -c "truncate 564k" $mnt/f7
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1114112 8k" $mnt/s2/f3
xfs_io -c "falloc 903452 128k" $mnt/s2/f3
xfs_io -c "reflink $mnt/f5 316k 448k 32k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "truncate 616583" $mnt/s2/f4
sync
xfs_io -c "fpunch 1048521 12k" $mnt/f1
xfs_io -f -c "reflink $mnt/s2/f4 464k 484k 44k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 184k 12k" $mnt/f7
xfs_io -f -c "pwrite 63180 92k" $mnt/f5
xfs_io -c "reflink $mnt/f6 208k 1376256 0" $mnt/f4
xfs_io -f -c "pwrite -S 0x63 564k 24k" $mnt/s2/g1
xfs_io -c "fdatasync" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0x62 848k 20k" $mnt/s2/g2
xfs_io -c "pwrite -S 0x61 904k 56k" $mnt/s2/f6
xfs_io -c "pwrite -S 0x61 216k 44k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 456k 2m" $mnt/s2/f2
xfs_io -c "dedupe $mnt/f6 508k 0 212k" $mnt/f6
xfs_io -c "falloc -k 896k 76k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 1000k 7867" $mnt/s2/f3
xfs_io -c "pwrite -S 0x63 496k 4k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x62 328k 4209" -c "fsync" $mnt/s2/g1
xfs_io -c "pwrite 180k 120k" -c "fsync" $mnt/s2/g2
xfs_io -c "falloc 276k 72k" $mnt/f0
md5sum $mnt/s1/f1
