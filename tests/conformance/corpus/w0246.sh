# extsim conformance workload, gen.py seed 246
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -b 1m 880k 3m" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1835008 108k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3723264 1527808 12k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x61 820k 60k" $mnt/f0
xfs_io -c "fzero -k 3121152 36k" $mnt/f0
xfs_io -c "pwrite -S 0x61 488k 140k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 1809332 52k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite 3616768 36k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 28k 32k 12k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc 72k 4k" $mnt/f1
xfs_io -c "reflink $mnt/f1" $mnt/f0
xfs_io -c "fpunch 1335296 8k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 536k 236k" $mnt/f1
xfs_io -c "falloc 1228800 9973" $mnt/f0
xfs_io -c "reflink $mnt/f0 1654784 1363968 120k" $mnt/f0
xfs_io -c "fzero 1069056 44k" $mnt/f0
xfs_io -c "falloc 1110016 84k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1204224 5941" $mnt/f0
md5sum $mnt/f1
xfs_io -c "reflink $mnt/f1 508k 544k 236k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x62 228k 20k" $mnt/f1
xfs_io -c "fzero -k 1138688 256k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1855488 1757184 4k" $mnt/f1
xfs_io -c "pwrite -S 0x62 600k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 80k 1020k 0" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1909745 20k" $mnt/f2
