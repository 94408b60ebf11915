# extsim conformance workload, gen.py seed 212
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 748k 44k" $mnt/f0
xfs_io -c "truncate 44k" $mnt/f0
xfs_io -c "reflink $mnt/f0 28k 8k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 908k 3983" $mnt/f0
xfs_io -c "falloc 260k 134" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0xcd 452k 64k" $mnt/f0
xfs_io -c "truncate 419417" $mnt/f0
xfs_io -f -c "falloc 1728512 116k" $mnt/f1
xfs_io -f -c "falloc 8343552 76k" $mnt/f2
xfs_io -c "pwrite -S 0x63 6705152 152k" -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 2245496 3613" $mnt/f0
xfs_io -f -c "falloc 7573504 192k" $mnt/f3
xfs_io -c "falloc 2396160 8494" $mnt/f3
sync
xfs_io -f -c "pwrite -S 0x61 7098368 12k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 1581056 56k" $mnt/f1
xfs_io -c "falloc -k 464k 60k" $mnt/f3
xfs_io -c "pwrite -S 0x63 1796936 2960" $mnt/f1
md5sum $mnt/f3
touch $mnt/f4
chattr +C $mnt/f4
xfs_io -c "reflink $mnt/f1" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1511424 52k" -c "fsync" $mnt/f1
xfs_io -c "fpunch 1724416 3m" $mnt/f3
xfs_io -c "dedupe $mnt/f0 2379776 0 4734976" $mnt/f0
xfs_io -c "dedupe $mnt/f3 644k 8k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x63 5488640 48k" $mnt/f3
xfs_io -c "falloc -k 8171520 56k" $mnt/f4
xfs_io -c "fzero 3706880 10229" $mnt/f0
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "dedupe $mnt/f2 76k 2527232 8k" $mnt/f0
xfs_io -c "falloc 2341901 148k" $mnt/f2
xfs_io -c "fpunch 3616768 52k" $mnt/f3
xfs_io -c "fpunch 2883584 40k" $mnt/f0
xfs_io -c "pwrite -S 0x61 3244032 256k" -c "fsync" $mnt/f4
xfs_io -c "falloc 5337088 7151" $mnt/f2
xfs_io -c "fpunch 4350756 52k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1661831 236k" $mnt/f4
xfs_io -c "falloc 3817472 40k" $mnt/f2
xfs_io -c "pwrite -S 0x63 136k 48k" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1810432 8303678 16k" $mnt/f2
xfs_io -c "truncate 7084778" $mnt/f3
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 4039839 48k" $mnt/f0
xfs_io -c "fpunch 4931584 68k" $mnt/f4
xfs_io -c "fsync" $mnt/f1
