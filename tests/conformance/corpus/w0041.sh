# extsim conformance workload, gen.py seed 41
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 72k 20k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite 36k 48k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 41067 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 84k 124k" -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 80k 8k 48k" $mnt/f0
sync
md5sum $mnt/f0
sync
xfs_io -c "truncate 1754816" $mnt/f0
xfs_io -f -c "pwrite 900k 56k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 384k 248k 16k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "dedupe $mnt/f1 184k 260k 4k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 464k 0 1283776" $mnt/f1
xfs_io -c "fzero 1871872 64k" $mnt/s1/f0
xfs_io -f -c "truncate 1482752" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s2/f0 360k 301738 48k" $mnt/f1
xfs_io -c "pwrite -S 0x63 528k 16k" $mnt/s1/f0
xfs_io -c "truncate 480k" $mnt/f1
xfs_io -c "pwrite -S 0x61 504k 164k" $mnt/s1/g0
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/s2/f0 32k 1826816 1730240" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 552k 32k" -c "fdatasync" $mnt/s1/g0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x61 1840376 6369" $mnt/f0
xfs_io -c "falloc 144k 60k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 28k 148k" $mnt/f0
xfs_io -f -c "truncate 65796" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "fpunch 1978368 168k" $mnt/f2
xfs_io -c "reflink $mnt/s3/f2 28k 392k 4k" $mnt/s1/g0
xfs_io -c "falloc 601480 40k" $mnt/s1/g0
xfs_io -c "pwrite 476k 220k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1012k 9278" $mnt/s3/f0
xfs_io -c "fsync" $mnt/s3/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1146880 36k" -c "fsync" $mnt/s3/g0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/s3/f0 1544192 356k 314841" $mnt/s3/f0
chattr +C $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s3/f1 12k 332k 476k" $mnt/s1/f0
