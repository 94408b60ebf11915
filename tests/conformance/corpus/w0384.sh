# extsim conformance workload, gen.py seed 384
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "reflink $mnt/f0 0 6365184 4k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 4780032 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1568768 1482752 244k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "fpunch 2269184 10057" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3997259 3635734 96k" $mnt/f0
xfs_io -c "truncate 6139904" $mnt/f0
xfs_io -c "reflink $mnt/f0 3739648 2375680 2404352" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 5951488 12k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x63 550027 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 216k 48k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 232k 480k 341131" $mnt/f0
xfs_io -c "dedupe $mnt/f0 100k 0 468107" $mnt/f0
xfs_io -c "reflink $mnt/f0 168k 428k 402571" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 528k 224k" $mnt/f0
xfs_io -c "truncate 374116" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5447680 292k 12k" $mnt/f0
xfs_io -c "falloc 200k 24k" $mnt/f0
xfs_io -c "truncate 7249057" $mnt/f0
xfs_io -f -c "pwrite 5435392 48k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 2068480 36k 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 4808704 3342336 472k" $mnt/f1
xfs_io -f -c "pwrite 3505435 212k" $mnt/f2
sync
xfs_io -c "pwrite -S 0x62 948k 12199" $mnt/f1
chattr +C $mnt/f2
xfs_io -c "falloc -k 4104192 20k" $mnt/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/f2 1470464 240k 372k" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0xcd 2484465 48k" $mnt/f1
xfs_io -c "pwrite -S 0x61 2932736 6556" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "pwrite -S 0x62 6640549 8k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
sync
xfs_io -c "pwrite -S 0x63 3178496 24k" $mnt/f2
chattr +C $mnt/f1
xfs_io -c "dedupe $mnt/f0 6041600 8k 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 6967943 36k" -c "fsync" $mnt/f0
xfs_io -c "fpunch 4091904 40k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 6569984 2211840 687265" $mnt/f1
xfs_io -c "pwrite -S 0x62 3002368 64k" $mnt/f0
xfs_io -c "truncate 1093632" $mnt/f0
xfs_io -c "reflink $mnt/f2 3702784 6815744 32k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -r -c "fiemap -v" $mnt/s1/f1
xfs_io -c "pwrite -S 0xcd 7327744 814" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 4069201 16k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f1 4743168 1008k 476k" $mnt/s1/f1
xfs_io -f -c "pwrite 1912832 52k" -c "fsync" $mnt/f1
chattr +C $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/f1 3104768 7237632 1830912" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "fsync" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x61 8133746 9036" $mnt/s2/g0
xfs_io -c "falloc 1794645 32k" $mnt/s2/f1
xfs_io -c "pwrite -S 0x62 1035280 4k" -c "fsync" $mnt/s3/f2
xfs_io -c "reflink $mnt/s2/f2 5308416 3260416 20k" $mnt/s2/f2
xfs_io -c "pwrite -S 0x61 2793472 156k" $mnt/f2
xfs_io -c "falloc 3641344 16k" $mnt/f1
