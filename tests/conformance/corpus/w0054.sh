# extsim conformance workload, gen.py seed 54
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 1380352 28k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 848k 32k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 896k 4k 20k" $mnt/f0
xfs_io -c "fzero -k 44675 20k" $mnt/f0
xfs_io -c "fzero 424k 60k" $mnt/f0
xfs_io -c "falloc 696k 52k" $mnt/f0
xfs_io -c "fpunch 1986560 140k" $mnt/f0
xfs_io -c "pwrite -S 0x62 116k 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 560k 4k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x61 837083 56k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 256k 40k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1147706 44k" $mnt/f2
xfs_io -c "pwrite -S 0x61 352k 76k" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 16k 8k 16k" $mnt/f1
xfs_io -f -c "pwrite 484k 32k" -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x63 -b 1m 1396736 2m" $mnt/f0
xfs_io -c "falloc -k 3190784 184k" $mnt/f0
xfs_io -c "pwrite -S 0x63 28k 24k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 428k 1773568 116k" $mnt/f1
xfs_io -c "fpunch 92k 16k" $mnt/f2
xfs_io -f -c "falloc 1343488 36k" $mnt/f3
xfs_io -c "fpunch 140k 100k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 376k 24k" $mnt/f2
xfs_io -c "fpunch 3109574 44k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 -b 1m 920316 1m" $mnt/f2
xfs_io -c "fzero -k 149335 32k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 692k 4m" $mnt/f2
xfs_io -c "pwrite -S 0x63 344k 56k" $mnt/f3
xfs_io -f -c "pwrite 496k 2993" $mnt/f4
