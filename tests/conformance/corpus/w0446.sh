# extsim conformance workload, gen.py seed 446
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 7299072 68k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1724416 80k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 2825711 124k" $mnt/f0
xfs_io -c "reflink $mnt/f1 1572864 1568768 12k" $mnt/f1
xfs_io -c "falloc 7290880 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3534848 8k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 536k 3960832 6324224" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 7651328 5664768 0" $mnt/f2
xfs_io -c "falloc -k 2863104 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 4403200 40k" $mnt/f3
xfs_io -c "pwrite -S 0x62 1347584 28k" $mnt/f1
xfs_io -c "truncate 2808078" $mnt/f1
xfs_io -c "pwrite -S 0x63 5574656 100k" $mnt/f2
xfs_io -c "fzero -k 1163264 188k" $mnt/f3
md5sum $mnt/f2
xfs_io -c "reflink $mnt/f1 1064960 1490944 1576960" $mnt/f3
xfs_io -c "reflink $mnt/f1 7376896 2281472 80k" $mnt/f0
xfs_io -c "pwrite 136k 24k" -c "fsync" $mnt/f3
xfs_io -f -c "pwrite 6516736 44k" $mnt/f0
xfs_io -c "fpunch 7364608 28k" $mnt/f2
xfs_io -c "pwrite -S 0x62 882295 4k" $mnt/f3
xfs_io -c "fzero 1609728 965" $mnt/f0
xfs_io -c "fzero 4206592 28k" $mnt/f2
xfs_io -c "dedupe $mnt/f3 2142208 1339392 32k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 678805 28k" $mnt/f3
chattr +C $mnt/f3
xfs_io -c "reflink $mnt/f3 3387392 4796416 0" $mnt/f0
sync
touch $mnt/f4
chattr +C $mnt/f4
xfs_io -c "reflink $mnt/f3 2994176 1822720 44k" $mnt/f1
xfs_io -f -c "falloc -k 7139328 136k" $mnt/f5
xfs_io -c "falloc 2730059 164k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 2084864 48k 16k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 5763072 208k" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -c "fsync" $mnt/f4
sync
xfs_io -c "reflink $mnt/f3 3907584 3903488 4k" $mnt/f3
xfs_io -c "pwrite -S 0x63 2256896 16k" $mnt/f3
xfs_io -c "falloc -k 1646592 256k" $mnt/f3
xfs_io -c "truncate 5832704" $mnt/f2
xfs_io -c "fsync" $mnt/f0
touch $mnt/f6
chattr +C $mnt/f6
xfs_io -c "dedupe $mnt/f3 4382720 12k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 4038656 5772" -c "fdatasync" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite 2756608 224k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f1 2293760 7458816 156k" $mnt/s1/f4
xfs_io -f -c "reflink $mnt/f2 2519040 2465792 1527808" $mnt/f7
xfs_io -c "fpunch 2142208 60k" $mnt/s1/f2
xfs_io -c "dedupe $mnt/f7 2478080 0 20k" $mnt/f7
xfs_io -c "pwrite -S 0x62 5513216 2m" $mnt/s1/f3
xfs_io -c "fzero -k 6204163 32k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f1 2310144 0 16k" $mnt/f5
xfs_io -c "reflink $mnt/f0 1343488 4612096 712k" $mnt/f1
xfs_io -c "pwrite -S 0x63 4952064 10976" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f6 2109440 2117632 32k" $mnt/f6
xfs_io -c "fzero -k 986658 44k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 1269760 32k" -c "fdatasync" $mnt/f5
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x63 3215360 32k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/s1/f5 0 2m 4k" $mnt/s1/f2
sync
xfs_io -c "fzero -k 7524352 20k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f2 5701632 16k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 4011732 28k" $mnt/s2/f6
sync
xfs_io -f -c "pwrite -S 0x61 4828333 5678" $mnt/s1/f5
xfs_io -c "falloc -k 220k 64k" $mnt/f5
