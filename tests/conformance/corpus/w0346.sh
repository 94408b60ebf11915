# extsim conformance workload, gen.py seed 346 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 7106560 4k" $mnt/f0
xfs_io -c "truncate 18661376" $mnt/f0
xfs_io -c "fpunch 13078528 36k" $mnt/f0
xfs_io -c "reflink $mnt/f0 12226560 18567168 6103040" $mnt/f0
xfs_io -c "falloc -k 6672384 248k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 12861440 11032" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1630208 40k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4546560 8k 16k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 8077312 13m" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 17543168 48k" $mnt/f0
xfs_io -c "reflink $mnt/f0 6230016 2379776 680k" $mnt/f1
xfs_io -c "pwrite -S 0x61 15626240 4k" -c "fsync" $mnt/f0
xfs_io -c "truncate 530651" $mnt/f0
xfs_io -f -c "pwrite -b 1m 19320832 9m" -c "fdatasync" $mnt/f2
xfs_io -c "dedupe $mnt/f2 296k 4k 32k" $mnt/f0
xfs_io -c "fpunch 11415552 212k" $mnt/f1
xfs_io -c "truncate 23117824" $mnt/f1
xfs_io -c "falloc -k 1912832 196k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 4358144 4358144 20k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 8036352 52k" $mnt/s1/f2
xfs_io -c "falloc 23658496 5m" $mnt/f2
xfs_io -c "fpunch 21942272 56k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f0 240k 28659712 180k" $mnt/f0
xfs_io -c "fpunch 7004160 128k" $mnt/f0
xfs_io -c "falloc 12771328 15m" $mnt/f0
xfs_io -c "fpunch 22638592 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 15245312 15m" $mnt/f1
xfs_io -c "reflink $mnt/s1/f2 7626752 15093760 17395712" $mnt/s1/f2
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f2 15515648 16318464 5738496" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "truncate 12083200" $mnt/s2/f2
xfs_io -c "reflink $mnt/s2/f2 11882496 21704704 124k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f2 19349504 476k 7561216" $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f0 10625024 9977856 0" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 6135808 6m" $mnt/s2/g0
xfs_io -r -c "fiemap -v" $mnt/s1/f1
xfs_io -c "reflink $mnt/s2/f0 8941568 18522112 32k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x63 -b 1m 3211264 13m" $mnt/s1/f0
xfs_io -c "reflink $mnt/f2 9756672 19558400 3473408" $mnt/s2/f0
md5sum $mnt/s2/f2
xfs_io -c "reflink $mnt/s2/f0 25145344 26312704 48k" $mnt/s1/f0
xfs_io -c "truncate 11853824" $mnt/s2/f2
xfs_io -f -c "reflink $mnt/s1/f0 9187328 5259264 6606848" $mnt/s2/g1
xfs_io -c "reflink $mnt/s2/g1 596k 15990784 11264000" $mnt/s1/f2
btrfs subvolume snapshot $mnt $mnt/s3
md5sum $mnt/s3/f1
xfs_io -c "reflink $mnt/f2 27398144 28397568 1515520" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 23703552 2m" $mnt/f2
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x62 15138816 24k" $mnt/s1/f0
sync
xfs_io -c "fzero 28172288 1m" $mnt/s2/f1
xfs_io -c "dedupe $mnt/s3/f0 19628032 52k 28k" $mnt/f0
xfs_io -c "falloc -k 23977984 9m" $mnt/s2/f0
