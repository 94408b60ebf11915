# extsim conformance workload, gen.py seed 588
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 304k 52k" $mnt/f0
xfs_io -c "fzero -k 12k 4215" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x61 144k 224k" $mnt/f0
xfs_io -c "falloc 1724416 2m" $mnt/f0
xfs_io -c "fzero -k 3342336 1732" $mnt/f0
xfs_io -c "reflink $mnt/f0 2600960 1871872 36k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2019328 180k 1736704" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1507328 3485696 8k" $mnt/f0
xfs_io -c "pwrite -S 0x62 3219456 24k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 2887680 40k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 912k 10544" $mnt/f0
xfs_io -c "dedupe $mnt/f0 800k 0 3006464" $mnt/f0
xfs_io -c "pwrite -S 0x62 1298325 60k" $mnt/f0
xfs_io -c "fpunch 612k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2957312 236k 856k" $mnt/f0
xfs_io -c "fzero 1064960 20k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 668k 1126400 2043904" $mnt/f0
xfs_io -c "fpunch 1081344 56k" $mnt/f0
xfs_io -c "pwrite 820k 132k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 1949696 52k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0xcd 2318336 200k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 1921024 60k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 308k 576k 1126400" $mnt/f0
xfs_io -c "pwrite -S 0x63 1593344 256k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "falloc -k 2322432 220k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 3268608 2940928 472k" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/g0 1740800 256k 4k" $mnt/s1/g0
xfs_io -c "falloc 1847296 9604" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/g0 0 2994176 32k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x62 2236416 184k" $mnt/s2/f0
sync
xfs_io -c "pwrite -S 0x62 508k 140k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 1204224 384k 1171456" $mnt/s1/g0
rm $mnt/f0
md5sum $mnt/s2/f0
xfs_io -c "reflink $mnt/s1/g0 1396736 944k 176k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s1/f0 1523712 760k 2310144" $mnt/s1/g0
md5sum $mnt/s1/f0
xfs_io -c "fzero 2260992 16k" $mnt/s1/f0
chattr +C $mnt/s2/f0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 328k 3m" $mnt/s2/f0
xfs_io -c "truncate 1339392" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 740k 1m" $mnt/s1/g1
xfs_io -c "reflink $mnt/s2/f0 3104768 3358720 36k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 706424 60k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1388544 12k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 1078341 76k" $mnt/s1/g0
sync
sync
xfs_io -c "falloc 144k 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 703974 12k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 2306048 4k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 28k 1171456 24k" $mnt/s1/g0
xfs_io -c "falloc 858108 2568" $mnt/s1/g0
xfs_io -c "falloc 445997 112k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 504k 20k" $mnt/s2/g0
xfs_io -c "fpunch 2691072 4k" $mnt/s2/f0
xfs_io -c "pwrite -S 0xcd 232k 64k" $mnt/s2/g0
xfs_io -c "fsync" $mnt/s2/g0
xfs_io -c "fpunch 504k 64k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1667072 104k" $mnt/s2/f0
sync
