# extsim conformance workload, gen.py seed 448 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 23298048 64k" $mnt/f0
xfs_io -f -c "falloc 7946240 8k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x62 560k 28k" $mnt/f1
xfs_io -f -c "falloc 26243072 232" $mnt/s1/g0
xfs_io -c "fpunch 24943629 32k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite 16285696 248k" -c "fsync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 10293248 6328320 20k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 -b 1m 13778944 4m" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/f0 18501632 3502080 4870144" $mnt/f1
xfs_io -c "reflink $mnt/s1/g0 10625024 2408448 7405568" $mnt/f1
sync
xfs_io -c "pwrite -S 0x63 17121280 5353" $mnt/f0
xfs_io -c "pwrite -S 0x63 14716928 28k" $mnt/s1/f0
xfs_io -c "fpunch 536k 116k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f1" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 32534528 100k" $mnt/f1
xfs_io -c "truncate 7265554" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 15130624 1m" $mnt/s1/f0
sync
umount $mnt
mount $dev $mnt
xfs_io -c "truncate 5029888" $mnt/s1/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "falloc 15654912 32k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f0 6479872 16224256 60k" $mnt/f1
xfs_io -c "fpunch 6868992 200k" $mnt/f1
xfs_io -c "pwrite 7454720 24k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 32559104 96k" $mnt/s2/g0
xfs_io -c "falloc 4390912 12k" $mnt/s1/g0
chattr +C $mnt/f0
xfs_io -f -c "truncate 23526767" $mnt/f2
rm -f $mnt/f1
xfs_io -c "fpunch 21815296 1362" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 15622144 15622144 20k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f1 23093248 1409024 32k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 2617344 100k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s2/f0 3284992 25309184 2367488" $mnt/s1/f1
xfs_io -c "fpunch 19648512 24k" $mnt/s2/f0
xfs_io -c "fdatasync" $mnt/f2
sync
