# extsim conformance workload, gen.py seed 271
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x63 6923963 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3956070 8k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/f0 5402624 12k 20k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "falloc 1265072 104k" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "dedupe $mnt/f0 6209536 64k 4k" $mnt/f0
xfs_io -c "fpunch 4909168 176k" $mnt/f1
xfs_io -c "reflink $mnt/f0 4952064 364k 1380352" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 4878336 5554176 2066107" $mnt/f2
xfs_io -c "fzero -k 1052672 24k" $mnt/f1
xfs_io -c "fpunch 896k 64k" $mnt/f1
xfs_io -c "pwrite -S 0x62 5407316 212k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "dedupe $mnt/f0 6316032 36k 4k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 5106571 5557" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 8142848 40k" $mnt/f3
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 1982464 12k" $mnt/f4
xfs_io -c "dedupe $mnt/f0 3465216 20k 12k" $mnt/f0
xfs_io -f -c "pwrite 7448876 60k" $mnt/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -c "falloc -k 3448832 12k" $mnt/f0
xfs_io -c "reflink $mnt/f4 1376256 1789952 192k" $mnt/f4
xfs_io -c "fpunch 6815489 12k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 5645006 12k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 4k 0 4k" $mnt/f1
xfs_io -c "pwrite 7933952 44k" $mnt/f3
xfs_io -c "fpunch 200k 36k" $mnt/s1/f1
xfs_io -c "fzero -k 3349266 56k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/g0 0 0 4k" $mnt/f2
xfs_io -c "pwrite -S 0x61 4134334 56k" $mnt/f4
xfs_io -c "falloc 5475201 28k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 8355840 2490" $mnt/f5
xfs_io -c "pwrite 224k 4k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x61 3617108 64k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 -b 1m 5173248 2m" $mnt/s1/f2
xfs_io -c "dedupe $mnt/f5 8032256 0 8k" $mnt/s1/g0
xfs_io -f -c "pwrite 2662400 228k" $mnt/f6
xfs_io -c "truncate 3357289" $mnt/f4
xfs_io -c "pwrite -S 0x61 7938048 52k" $mnt/f3
xfs_io -c "falloc 3883008 40k" $mnt/f3
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
xfs_io -c "pwrite 188k 156k" $mnt/f2
xfs_io -c "fpunch 7387935 56k" $mnt/f4
xfs_io -c "reflink $mnt/s1/f0 1458176 6946816 4526080" $mnt/f2
xfs_io -c "pwrite -S 0x62 1400832 60k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc 1355776 3674" $mnt/s1/f1
sync
xfs_io -f -c "truncate 1268440" $mnt/s1/g1
