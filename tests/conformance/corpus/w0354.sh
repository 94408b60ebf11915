# extsim conformance workload, gen.py seed 354 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 -b 1m 15437824 14m" $mnt/f0
xfs_io -c "falloc -k 24240128 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 384k 7733248 20k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 26255360 0 3866624" $mnt/f0
xfs_io -c "fpunch 23070181 252k" $mnt/f0
xfs_io -c "reflink $mnt/f0 17879040 16629760 9052160" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 23389783 15m" $mnt/f0
xfs_io -c "pwrite 32355068 4565" $mnt/f0
xfs_io -c "falloc 13712113 28k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 28741632 2m" $mnt/s1/f0
xfs_io -c "fpunch 24877410 28k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 26554368 0 12568151" $mnt/s1/f0
chattr +C $mnt/s1/f0
xfs_io -c "fpunch 26132480 64k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 -b 1m 32309248 4m" $mnt/s1/f0
xfs_io -c "truncate 1867776" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd -b 1m 13242368 11m" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 20621571 3626" $mnt/s1/f0
xfs_io -c "falloc 14639104 15m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 5799936 92k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 1835008 33161216 20k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "fpunch 31653888 48k" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 14704640 10m" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd -b 1m 8478720 14m" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 18538496 12m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "falloc -k 7675091 36k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 16257024 2394" $mnt/f0
xfs_io -c "truncate 7094272" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 17629184 14864384 5763072" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f0 404k 0 28k" $mnt/f0
xfs_io -c "pwrite -S 0x62 16977920 32k" $mnt/f1
sync
xfs_io -c "falloc 424k 12m" $mnt/s1/f0
