# extsim conformance workload, gen.py seed 523
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 6594560 64k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 2068480 248k" $mnt/f0
xfs_io -c "falloc -k 5963776 52k" $mnt/f0
xfs_io -c "falloc 1871872 20k" $mnt/f0
xfs_io -c "fpunch 2899968 156k" $mnt/f0
xfs_io -c "fpunch 6295552 36k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1417216 52k 20k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 6361088 0 296k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x62 4743168 152k" $mnt/f0
xfs_io -c "falloc -k 5263360 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 5246976 8k" $mnt/f1
xfs_io -c "fpunch 6627328 36k" $mnt/f0
rm $mnt/f1
xfs_io -c "fpunch 6215499 240k" $mnt/f0
xfs_io -c "fpunch 2908160 60k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 5513216 40k 28k" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x63 5021696 6503" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 1773568 2019328 212k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 6508544 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 212k 12k 28k" $mnt/f0
xfs_io -c "falloc 6086656 11128" $mnt/f0
xfs_io -c "pwrite -S 0x63 1310720 10159" $mnt/f0
xfs_io -c "pwrite -S 0x63 7012352 20k" $mnt/f1
xfs_io -c "pwrite -S 0x63 2975356 12k" $mnt/f1
xfs_io -c "falloc 2990080 64k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 2359296 140k" $mnt/f0
xfs_io -c "reflink $mnt/f0 84k 7938048 5521408" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 5320704 64k" $mnt/f1
xfs_io -c "pwrite -S 0x62 9256960 100k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 3043328 0 3620864" $mnt/f0
xfs_io -c "pwrite -S 0x63 4186112 48k" $mnt/f0
xfs_io -c "reflink $mnt/f1 1413120 4751360 4059136" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 5373952 4k" $mnt/f1
xfs_io -c "pwrite 7147520 36k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fpunch 4659527 60k" $mnt/s2/f1
xfs_io -f -c "falloc -k 3092480 168k" $mnt/s2/g0
xfs_io -c "pwrite 6488064 256k" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0x62 3919872 40k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 5172233 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 984k 240k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 5992448 212k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 7397376 60k" $mnt/s2/g1
xfs_io -c "truncate 2879488" $mnt/f1
xfs_io -c "pwrite -S 0x62 7545040 64k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 3643766 28k" $mnt/s2/f1
xfs_io -c "pwrite -S 0xcd 4898816 12073" $mnt/s2/g0
sync
xfs_io -c "fpunch 7213056 2m" $mnt/f1
sync
xfs_io -c "fsync" $mnt/s2/g0
xfs_io -c "dedupe $mnt/f1 7888896 7888896 16k" $mnt/f1
xfs_io -c "reflink $mnt/f0 4001792 2502656 896k" $mnt/s2/g1
xfs_io -c "truncate 7081984" $mnt/s2/f1
xfs_io -f -c "reflink $mnt/f2 4182016 4m 24k" $mnt/f2
rm $mnt/f1
md5sum $mnt/s2/g1
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -r -c "fiemap -v" $mnt/s3/f2
xfs_io -c "reflink $mnt/s1/f0 2809856 1253376 388k" $mnt/s2/f1
xfs_io -c "dedupe $mnt/s3/f2 4587520 3493427 44k" $mnt/s2/f1
xfs_io -c "fpunch 7258112 36k" $mnt/s3/f2
