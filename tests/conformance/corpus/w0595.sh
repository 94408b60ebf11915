# extsim conformance workload, gen.py seed 595
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 5500928 4k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f0 5836800 5844992 12k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x62 2990080 220k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 0 692k 4k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f0 0 4661248 4k" $mnt/s1/f0
xfs_io -c "truncate 1576960" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 3301376 2m" $mnt/s2/f0
md5sum $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 224k 60k" $mnt/s2/f0
xfs_io -c "fpunch 2023424 84k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 5899117 8k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 2932736 64k" -c "fdatasync" $mnt/s2/f0
xfs_io -c "fpunch 5169152 12k" $mnt/s2/f0
rm -f $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 3524402 52k" $mnt/f1
xfs_io -c "truncate 2240512" $mnt/f1
xfs_io -c "pwrite -S 0x61 4550656 36k" $mnt/s1/g0
sync
md5sum $mnt/f1
chattr +C $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 1327104 24k" -c "fsync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 132k 3129344 4702208" $mnt/f0
xfs_io -f -c "pwrite 884k 10276" $mnt/s2/g0
xfs_io -c "reflink $mnt/f0 5033984 5558272 2494464" $mnt/f0
xfs_io -c "falloc 906450 12k" $mnt/s2/g0
xfs_io -c "reflink $mnt/f1 312k 1343488 4k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g0 2777088 2785280 4k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 7298605 64k" $mnt/s2/g1
xfs_io -c "pwrite -S 0x61 1708032 28k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s2/f0 2719744 4894720 48k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/g0 62670 1732608 7620" $mnt/s2/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "reflink $mnt/s2/f0 3874816 1056768 1060864" $mnt/s3/f1
xfs_io -c "pwrite -S 0xcd 8003584 48k" $mnt/s2/g1
xfs_io -c "falloc -k 4206592 6681" $mnt/s2/g0
xfs_io -c "truncate 6270056" $mnt/s2/g1
chattr +C $mnt/s2/f0
xfs_io -c "falloc -k 8176883 8k" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x61 836k 4519" $mnt/s2/g1
xfs_io -f -c "pwrite -S 0x62 6127616 64k" $mnt/s2/g2
xfs_io -c "falloc -k 1658181 8k" $mnt/f1
xfs_io -f -c "pwrite 2203361 44k" $mnt/s2/g1
xfs_io -c "dedupe $mnt/s2/f0 4059136 3354624 8k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 2441216 92k" $mnt/f0
