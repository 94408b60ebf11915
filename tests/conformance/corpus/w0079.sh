# extsim conformance workload, gen.py seed 79
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 408k 8k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "truncate 188k" $mnt/s1/f0
xfs_io -c "falloc -k 676k 1m" $mnt/s1/f0
xfs_io -c "pwrite 500823 44k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 4k 24k" $mnt/s1/f0
xfs_io -c "fpunch 896949 68k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x62 52k 28k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd -b 1m 300k 2m" -c "fdatasync" $mnt/s2/g0
xfs_io -c "falloc -k 65980 4344" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 316k 384k 184k" $mnt/f0
xfs_io -c "falloc -k 336k 20k" $mnt/s2/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0xcd 2174976 212k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 2060288 4m" -c "fsync" $mnt/s2/g0
xfs_io -c "fpunch 584k 12k" $mnt/s1/f0
xfs_io -c "falloc -k 80465 60k" $mnt/f0
xfs_io -c "pwrite -S 0x61 468k 48k" $mnt/s3/f0
xfs_io -c "dedupe $mnt/f0 368k 0 173143" $mnt/s1/f0
touch $mnt/s3/g0
chattr +C $mnt/s3/g0
xfs_io -f -c "pwrite -S 0xcd 288k 5532" $mnt/s3/f0
xfs_io -f -c "reflink $mnt/s2/f0 324k 864k 226391" $mnt/s1/g0
xfs_io -c "falloc 540k 1m" $mnt/s3/g0
xfs_io -c "truncate 3952640" $mnt/s2/g0
xfs_io -c "fsync" $mnt/s2/g0
xfs_io -c "truncate 929687" $mnt/s2/g0
xfs_io -c "reflink $mnt/s1/g0 0 284k 4k" $mnt/s3/g0
xfs_io -f -c "pwrite -S 0x63 784827 52k" $mnt/f1
xfs_io -c "fsync" $mnt/s3/g0
xfs_io -f -c "falloc 372k 9856" $mnt/s2/g1
xfs_io -c "dedupe $mnt/s3/g0 1257472 0 8k" $mnt/f1
xfs_io -f -c "truncate 868k" $mnt/s3/g1
