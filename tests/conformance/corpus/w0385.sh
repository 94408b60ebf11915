# extsim conformance workload, gen.py seed 385
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 6262784 32k" -c "fsync" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 3743221 12k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/s1/f1 0 5165056 0" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 1150976 40k 16k" $mnt/f0
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
xfs_io -c "truncate 6729728" $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 6406144 3592192 64k" $mnt/s1/g2
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "pwrite 3824874 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 5369856 28k" -c "fsync" $mnt/s1/f0
xfs_io -c "falloc -k 412k 92k" $mnt/f1
xfs_io -c "fpunch 1101824 4k" $mnt/f0
xfs_io -c "falloc -k 1656151 56k" $mnt/f1
xfs_io -c "pwrite -S 0x63 628k 68k" $mnt/s1/g2
xfs_io -c "dedupe $mnt/s1/f0 240k 56k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 6569984 40k" $mnt/s1/g2
xfs_io -c "fpunch 3792896 4k" $mnt/s1/g2
xfs_io -c "reflink $mnt/f1 196k 4235264 4075520" $mnt/f1
xfs_io -c "pwrite -S 0x62 5857280 44k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/g2 876k 52k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1503232 40k" -c "fsync" $mnt/s1/f1
xfs_io -c "reflink $mnt/s2/f1 4513792 952k 2220032" $mnt/s1/f1
xfs_io -c "reflink $mnt/f0 3371008 2646016 176k" $mnt/s1/g2
