# extsim conformance workload, gen.py seed 428
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 264k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1093632 28k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x63 1089536 1m" $mnt/f0
xfs_io -c "pwrite -S 0x62 1593571 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 108k 776k 772k" $mnt/f0
xfs_io -c "fpunch 1798144 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 812k 20k 20k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "falloc 867894 36k" $mnt/f0
xfs_io -c "reflink $mnt/f1 0 1851392 4k" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "pwrite -S 0xcd 1597440 16k" $mnt/f0
xfs_io -f -c "pwrite 788k 72k" -c "fdatasync" $mnt/f3
xfs_io -c "fpunch 20k 4k" $mnt/f3
xfs_io -c "pwrite -S 0x61 116k 48k" $mnt/f1
xfs_io -f -c "reflink $mnt/f2 0 304k 4k" $mnt/f4
xfs_io -c "fzero -k 240k 156k" $mnt/f0
xfs_io -c "pwrite 740k 11429" $mnt/f3
sync
xfs_io -c "truncate 499554" $mnt/f4
xfs_io -f -c "pwrite 60k 36k" $mnt/f1
xfs_io -c "falloc 148k 112k" $mnt/f4
xfs_io -c "fzero 535384 72k" $mnt/f2
xfs_io -f -c "reflink $mnt/f5 196k 1519616 16k" $mnt/f5
xfs_io -c "fpunch 884k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2056192 32k" -c "fdatasync" $mnt/f4
xfs_io -c "falloc 68k 240k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "truncate 112610" $mnt/f1
xfs_io -c "pwrite 36k 204k" $mnt/f1
xfs_io -c "fpunch 693119 232k" $mnt/f4
md5sum $mnt/s1/f3
xfs_io -c "reflink $mnt/f2 524k 96k 28k" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f1 108k 516k 0" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f2 32k 0 16k" $mnt/f4
chattr +C $mnt/f0
sync
xfs_io -c "pwrite -S 0x61 436k 92k" $mnt/s1/f4
btrfs subvolume snapshot -r $mnt $mnt/s2
