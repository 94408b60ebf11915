# extsim conformance workload, gen.py seed 141
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 48k 172k" $mnt/f0
xfs_io -c "fpunch 775556 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 68k 72k 16k" $mnt/f0
xfs_io -c "fpunch 140k 212k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "dedupe $mnt/f0 92k 0 132k" $mnt/f0
xfs_io -c "pwrite -S 0x61 71569 5174" -c "fdatasync" $mnt/f0
sync
xfs_io -c "falloc 8k 1916" $mnt/f0
xfs_io -c "reflink $mnt/f0 32k 1601536 76k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1515520 764k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 720k 40k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 60k 4k" $mnt/f0
xfs_io -c "truncate 1290240" $mnt/f0
xfs_io -c "truncate 348k" $mnt/f0
xfs_io -c "pwrite -S 0x63 152k 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 212k 204k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 80k 84k 24k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x62 1454080 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 308k 800k 8k" $mnt/f0
xfs_io -c "pwrite 471429 20k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "truncate 1207692" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 1016k 1327104 104k" $mnt/f0
xfs_io -c "reflink $mnt/f0 892k 652k 516k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1081344 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1146880 8k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1142784 0 288k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 700k 20k" $mnt/f1
xfs_io -c "truncate 1527808" $mnt/f1
xfs_io -c "pwrite -S 0x61 1241088 204k" -c "fdatasync" $mnt/f1
xfs_io -c "falloc -k 76k 52k" $mnt/f0
xfs_io -f -c "falloc 1204224 52k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0xcd 296k 92k" $mnt/s1/f0
xfs_io -c "falloc -k 428k 28k" $mnt/f2
sync
xfs_io -f -c "reflink $mnt/f3 148k 132k 28k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f0 1978368 124k 8k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 712k 96k" $mnt/s1/f1
xfs_io -c "fzero -k 333391 4m" $mnt/s1/f1
xfs_io -f -c "falloc 572k 1m" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 132k 228k" $mnt/f4
xfs_io -c "fpunch 452k 76k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f2 588k 388k 4k" $mnt/f2
xfs_io -f -c "pwrite 532k 44k" $mnt/f5
xfs_io -f -c "pwrite 1368064 64k" -c "fdatasync" $mnt/f6
xfs_io -f -c "pwrite -S 0x63 1274381 12k" $mnt/s1/g1
xfs_io -c "falloc 1000k 3m" $mnt/f0
xfs_io -c "pwrite -S 0x63 180k 20k" $mnt/f4
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 996k 36k" $mnt/s1/f0
xfs_io -c "fzero -k 1375825 152k" $mnt/f1
xfs_io -c "falloc -k 788k 20k" $mnt/f5
