# extsim conformance workload, gen.py seed 422
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 4636672 64k" $mnt/f0
xfs_io -c "fpunch 2019328 56k" $mnt/f0
xfs_io -c "falloc 112k 44k" $mnt/f0
xfs_io -c "fzero -k 4691874 64k" $mnt/f0
xfs_io -c "pwrite 264k 148k" $mnt/f0
xfs_io -c "pwrite -S 0x61 3223552 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1642496 1683456 12k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 5939200 116k" -c "fsync" $mnt/f1
xfs_io -f -c "falloc 5722112 48k" $mnt/f2
xfs_io -f -c "falloc 4250055 60k" $mnt/f3
xfs_io -f -c "falloc 1863680 64k" $mnt/f4
xfs_io -f -c "pwrite 1720320 68k" $mnt/f3
md5sum $mnt/f0
xfs_io -c "fzero -k 4018176 7934" $mnt/f3
xfs_io -f -c "falloc 5279744 32k" $mnt/f5
xfs_io -c "reflink $mnt/f2 916k 4358144 120k" $mnt/f5
xfs_io -f -c "pwrite -S 0x61 197225 4k" $mnt/f4
xfs_io -c "pwrite -S 0x63 1146582 28k" $mnt/f5
xfs_io -c "pwrite -S 0xcd 1596360 68k" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 2326528 160k" $mnt/f6
xfs_io -c "pwrite -S 0x63 496k 36k" -c "fsync" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f3 2392064 12k 8k" $mnt/f0
xfs_io -c "fpunch 733363 64k" $mnt/f3
xfs_io -c "falloc -k 4743168 64k" $mnt/f2
xfs_io -c "falloc 5460211 76k" $mnt/f2
xfs_io -c "truncate 856k" $mnt/f6
xfs_io -c "fzero 7755452 4k" $mnt/f3
xfs_io -c "pwrite -S 0x61 5206016 48k" $mnt/f6
xfs_io -c "truncate 6275072" $mnt/f3
xfs_io -c "fpunch 4169728 16k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f2 1314816 8k 24k" $mnt/f0
xfs_io -c "fpunch 936k 3m" $mnt/f4
md5sum $mnt/s1/f3
sync
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x63 384k 24k" $mnt/f3
xfs_io -f -c "reflink $mnt/s1/f4 1343488 772k 16k" $mnt/s1/g0
xfs_io -c "fpunch 5394432 32k" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/f6 2301952 1843200 0" $mnt/f7
xfs_io -c "pwrite -S 0x61 741984 20k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 1622016 28k" $mnt/f2
xfs_io -c "pwrite -S 0x62 3223552 156k" $mnt/s1/f0
xfs_io -c "truncate 3833856" $mnt/f0
xfs_io -c "falloc -k 3279373 2465" $mnt/f6
xfs_io -c "fzero -k 992455 64k" $mnt/f5
