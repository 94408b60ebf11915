# extsim conformance workload, gen.py seed 585 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 236k 232k 8k" $mnt/f0
xfs_io -f -c "pwrite -b 1m 3653632 13m" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 12177408 100k" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 27332608 26554368 4k" $mnt/f1
xfs_io -c "truncate 13398016" $mnt/f1
xfs_io -c "reflink $mnt/f0 3149824 32878592 9732096" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 2002944 22351872 15286272" $mnt/f2
xfs_io -c "falloc 40681472 2m" $mnt/f1
xfs_io -c "pwrite -S 0x63 1585152 32k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 3149824 5m" $mnt/f0
xfs_io -c "fpunch 14028800 12k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 2088960 4k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f1 14594048 11956224 2818048" $mnt/f2
sync
xfs_io -f -c "pwrite -S 0x62 -b 1m 3977216 5m" $mnt/f3
xfs_io -c "fzero -k 3461120 64k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 24678400 24682496 28k" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 15306752 7m" $mnt/f0
xfs_io -c "fpunch 14331904 52k" $mnt/f2
xfs_io -c "fzero -k 8924301 36k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 -b 1m 14045184 11m" -c "fdatasync" $mnt/f4
xfs_io -c "dedupe $mnt/f3 6746112 3162112 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4554752 0 18096128" $mnt/f4
xfs_io -c "dedupe $mnt/f3 2048000 5378048 24k" $mnt/f3
xfs_io -c "fzero 1183744 8k" $mnt/f0
xfs_io -c "truncate 30366518" $mnt/f1
touch $mnt/f5
chattr +C $mnt/f5
xfs_io -c "dedupe $mnt/f4 4726784 4739072 8k" $mnt/f4
touch $mnt/f6
chattr +C $mnt/f6
