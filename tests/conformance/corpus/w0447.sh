# extsim conformance workload, gen.py seed 447
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 6340438 140k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5439488 2117632 16k" $mnt/f0
xfs_io -c "falloc 2715648 248k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 3727360 3715072 8k" $mnt/f0
xfs_io -c "fpunch 5554176 16k" $mnt/f0
xfs_io -c "falloc -k 1679360 60k" $mnt/f0
xfs_io -c "pwrite 5165056 64k" -c "fsync" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 2568192 48k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 411157 56k" $mnt/f1
chattr +C $mnt/f0
md5sum $mnt/f1
xfs_io -c "pwrite -S 0xcd 2474055 9658" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
rm $mnt/f1
xfs_io -c "dedupe $mnt/f0 3788800 48k 16k" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "reflink $mnt/f0 6107136 1458176 52k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1277952 40k" $mnt/f1
xfs_io -c "reflink $mnt/f0 380k 4923392 6102870" $mnt/f0
xfs_io -c "reflink $mnt/f1 104k 2748416 296k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "falloc 4190208 16k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 3112960 56k" -c "fdatasync" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 316k 1871872 248k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 6045696 12k" $mnt/f3
xfs_io -c "pwrite -S 0x63 4217334 20k" $mnt/s1/f1
xfs_io -f -c "pwrite 5065359 40k" $mnt/f4
xfs_io -f -c "pwrite -S 0x61 5124096 224k" $mnt/f5
xfs_io -c "reflink $mnt/s1/f1 1409024 1904640 856k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x61 1904640 11152" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x63 2813952 100" $mnt/f6
xfs_io -c "pwrite -S 0x63 2719744 88k" $mnt/s1/f1
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
sync
xfs_io -c "pwrite -S 0x61 4411392 28k" $mnt/f0
xfs_io -c "falloc -k 5079040 168k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 7118848 56k" -c "fsync" $mnt/f5
touch $mnt/s1/g4
chattr +C $mnt/s1/g4
xfs_io -f -c "pwrite -S 0xcd 7646387 9536" $mnt/f3
xfs_io -c "pwrite -S 0x61 4304896 4452" $mnt/s1/f0
