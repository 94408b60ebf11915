# extsim conformance workload, gen.py seed 159 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x63 14721024 44k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 994016 64k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 2834432 3129344 11935744" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x62 -b 1m 19054592 1m" $mnt/s1/g0
xfs_io -c "truncate 10010624" $mnt/s1/g0
xfs_io -c "fpunch 9711616 172k" $mnt/s1/g0
xfs_io -c "pwrite -b 1m 17346560 10m" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 25776128 20k" $mnt/s1/g0
xfs_io -c "falloc -k 6086656 20k" $mnt/s1/g0
xfs_io -c "fpunch 17786332 32k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 12468224 20877312 15372288" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 680k 40k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 -b 1m 12722176 4m" $mnt/s1/g0
xfs_io -c "pwrite -b 1m 624k 14m" $mnt/s2/g0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 179519 188k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x62 -b 1m 20410368 16m" $mnt/f1
xfs_io -c "reflink $mnt/s2/g0 11067392 27004928 1290240" $mnt/f1
xfs_io -c "falloc 33064428 44k" $mnt/f1
xfs_io -c "pwrite 23199744 10791" $mnt/s2/g0
xfs_io -c "fzero 17768564 2m" $mnt/s1/g0
sync
sync
xfs_io -c "falloc 17293312 8m" $mnt/f1
xfs_io -c "fsync" $mnt/s2/g0
xfs_io -c "pwrite -S 0x62 -b 1m 14602240 7m" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 8380416 14m" -c "fsync" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s1/g0 19951616 19951616 16k" $mnt/s1/g0
xfs_io -f -c "falloc 13357056 20k" $mnt/s2/g1
xfs_io -c "dedupe $mnt/s1/g0 2830336 4k 12k" $mnt/f1
xfs_io -c "fpunch 29399955 1m" $mnt/f1
xfs_io -c "pwrite -S 0xcd 368k 144k" $mnt/s2/g1
rm $mnt/s2/g0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x62 -b 1m 13180928 4m" $mnt/s2/g1
sync
xfs_io -f -c "reflink $mnt/s2/g1 5570560 23465984 11812864" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x62 -b 1m 23240704 16m" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/g0 6683685 12726710 36k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s2/g1 17309696 272k 40k" $mnt/s1/g0
chattr +C $mnt/s1/g1
xfs_io -c "fpunch 16872472 4k" $mnt/s2/g1
xfs_io -f -c "pwrite -S 0x62 14711111 52k" -c "fdatasync" $mnt/s2/g2
xfs_io -c "falloc -k 29913088 8m" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 -b 1m 4685824 12m" $mnt/s1/g1
