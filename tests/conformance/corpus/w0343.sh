# extsim conformance workload, gen.py seed 343
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 1270468 2m" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1179648 56k" $mnt/f0
xfs_io -c "pwrite -S 0x61 128096 12k" $mnt/f0
xfs_io -c "fpunch 356k 28k" $mnt/f0
chattr +C $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 256k 64k 12k" $mnt/f0
sync
xfs_io -c "pwrite -S 0xcd 932k 28k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 484k 1720320 532k" $mnt/f1
xfs_io -c "reflink $mnt/f0 132k 1556480 768k" $mnt/f0
md5sum $mnt/f1
xfs_io -c "reflink $mnt/f0 660k 660k 1548288" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 1122304 72k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x62 2008957 104k" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 388k 136k" $mnt/f0
xfs_io -c "pwrite -S 0x61 716k 4440" $mnt/s1/f1
xfs_io -c "truncate 1241088" $mnt/f1
xfs_io -c "falloc 1662976 28k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 -b 1m 972k 3m" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 108k 1642496 660k" $mnt/s1/f0
xfs_io -c "truncate 156k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "truncate 3805184" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 144k 4m" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/s2/f0 2093056 1675264 48k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f0 236k 4k 452k" $mnt/f0
xfs_io -c "fpunch 1646592 252k" $mnt/s2/f0
xfs_io -c "fpunch 2031616 12k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 128k 64k" -c "fsync" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s2/g0 1122304 248k 8k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/f0 824k 44k 12k" $mnt/f0
xfs_io -c "truncate 979096" $mnt/s2/f0
xfs_io -c "falloc 4k 2m" $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f0 253586 2973696 32k" $mnt/s2/f1
xfs_io -c "falloc -k 736k 3m" $mnt/s1/f0
