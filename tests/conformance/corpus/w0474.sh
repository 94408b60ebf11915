# extsim conformance workload, gen.py seed 474
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 348929 24k" $mnt/f0
xfs_io -c "truncate 340k" $mnt/f0
xfs_io -c "pwrite -S 0x61 112942 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 216k 188k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite 32k 2m" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1474560 80k 4k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 1089536 0 1020k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2068480 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 112k 672k 1622016" $mnt/f0
xfs_io -c "fzero -k 752k 8378" $mnt/f0
xfs_io -c "pwrite -S 0x62 1204224 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 460k 68k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite 504k 40k" $mnt/f1
xfs_io -c "pwrite -S 0x61 533225 28k" $mnt/f1
xfs_io -c "fpunch 760k 4k" $mnt/f0
xfs_io -c "falloc 288k 56k" $mnt/f1
xfs_io -c "pwrite -S 0x63 332k 24k" $mnt/f1
xfs_io -c "pwrite 237589 240k" $mnt/f1
md5sum $mnt/f1
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 792k 2109440 740k" $mnt/f0
xfs_io -c "falloc 500k 36k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 728k 84k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 736288 1008k 48k" $mnt/f2
xfs_io -c "pwrite -S 0x63 2273280 12k" $mnt/f0
xfs_io -c "truncate 140k" $mnt/f1
xfs_io -c "reflink $mnt/f2 0 216k 4k" $mnt/f0
xfs_io -f -c "reflink $mnt/f3 336k 740k 12k" $mnt/f3
