# extsim conformance workload, gen.py seed 488
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 548k 236k" $mnt/f0
xfs_io -c "reflink $mnt/f0 672k 368k 40k" $mnt/f0
xfs_io -c "falloc 368k 80k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "truncate 2011136" $mnt/f0
xfs_io -c "fsync" $mnt/f0
md5sum $mnt/f0
xfs_io -c "fpunch 696k 12k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc 58515 56k" $mnt/f0
xfs_io -c "truncate 416k" $mnt/f0
xfs_io -c "falloc -k 180k 32k" $mnt/f0
xfs_io -c "pwrite 248445 28k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fpunch 97252 11033" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 828k 12136" $mnt/f1
xfs_io -c "pwrite -S 0x63 748k 112k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 256k 36k" -c "fdatasync" $mnt/f0
xfs_io -c "fzero -k 1921024 3m" $mnt/f0
xfs_io -c "pwrite -S 0x61 359429 48k" -c "fdatasync" $mnt/f1
sync
xfs_io -c "falloc -k 708k 40k" $mnt/f1
xfs_io -c "pwrite -S 0x62 112949 8k" -c "fsync" $mnt/f1
xfs_io -f -c "truncate 260402" $mnt/f2
xfs_io -c "truncate 176505" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 4k 56k" -c "fsync" $mnt/f0
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "falloc -k 741665 16k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 184k 88k 32k" $mnt/f0
