# extsim conformance workload, gen.py seed 545
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 1306624 12k" $mnt/f0
xfs_io -c "fpunch 7610368 112k" $mnt/f0
xfs_io -c "falloc 4567040 76k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 3686400 16k" $mnt/f1
xfs_io -c "fpunch 2408448 44k" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "reflink $mnt/f0 3203072 2125824 1445888" $mnt/f0
touch $mnt/f3
chattr +C $mnt/f3
touch $mnt/f4
chattr +C $mnt/f4
xfs_io -c "truncate 4236226" $mnt/f3
xfs_io -c "falloc 688k 64k" $mnt/f0
xfs_io -f -c "pwrite 264k 40k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f3 1486848 3739648 2269184" $mnt/f4
xfs_io -c "dedupe $mnt/f4 2347008 0 32k" $mnt/f1
xfs_io -c "falloc -k 3313664 236k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 4245988 8k" $mnt/f0
xfs_io -c "truncate 6209536" $mnt/f2
xfs_io -c "fpunch 3379200 144k" $mnt/f3
xfs_io -c "falloc 2707456 6493" $mnt/f3
xfs_io -f -c "pwrite 4894720 28k" $mnt/f5
xfs_io -c "falloc 6443008 52k" $mnt/f5
xfs_io -c "fpunch 2174976 104k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 816k 4k 28k" $mnt/f0
xfs_io -c "falloc -k 5777630 140k" $mnt/f5
xfs_io -c "dedupe $mnt/f2 2625536 52k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1085440 7723" $mnt/f1
xfs_io -c "pwrite -S 0xcd 4423680 12k" $mnt/f5
xfs_io -c "fdatasync" $mnt/f3
xfs_io -c "pwrite -S 0x63 1585152 4k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 6303744 4689" $mnt/s1/f3
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "pwrite -S 0x63 3m 4k" $mnt/f5
touch $mnt/s1/g3
chattr +C $mnt/s1/g3
xfs_io -c "pwrite -S 0x61 6246847 36k" $mnt/s1/g3
