# extsim conformance workload, gen.py seed 6082 --drop-caches 0.08 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 20450139 52k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 8331264 12k 32k" $mnt/f0
xfs_io -f -c "pwrite 17871824 196k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 -b 1m 8544256 4m" $mnt/s1/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/s1/f0 15237120 10240000 5278555" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 4595712 9818" $mnt/f0
xfs_io -c "fpunch 3510272 40k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 2998272 60k 52k" $mnt/f0
xfs_io -c "falloc 32100352 24k" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/f0 8257536 1839104 5832704" $mnt/s1/g0
xfs_io -c "fpunch 1953792 60k" $mnt/s1/g0
xfs_io -f -c "falloc -k 29069312 3868" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 7270042 128k" $mnt/s1/g0
xfs_io -f -c "falloc -k 25460736 6m" $mnt/s1/g2
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/s1/g1 0 14860288 4k" $mnt/s1/f0
xfs_io -c "truncate 4077772" $mnt/s2/f0
sync
md5sum $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 15302656 8k" $mnt/f1
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 19292160 64k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 15753216 28k" $mnt/f2
xfs_io -c "fpunch 4866048 44k" $mnt/f1
xfs_io -c "reflink $mnt/f2 2138112 9031680 8966144" $mnt/s1/g2
xfs_io -c "reflink $mnt/f0 12288000 12296192 32k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x61 6696960 36k" $mnt/s3/f2
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x61 -b 1m 6324224 3m" $mnt/f2
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd -b 1m 12619776 12m" -c "fdatasync" $mnt/f0
xfs_io -c "falloc -k 1110016 48k" $mnt/s1/g0
xfs_io -c "falloc -k 2m 60k" $mnt/s2/f0
xfs_io -f -c "reflink $mnt/f0 16310272 3133440 3801088" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 -b 1m 14479360 6m" $mnt/s1/g2
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -c "dedupe $mnt/f1 14229504 7168000 32k" $mnt/f2
xfs_io -c "fsync" $mnt/f0
sync
md5sum $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s3/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s3/f2 12173312 30105600 8642" $mnt/s2/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/s1/f0 30298112 30302208 12k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 -b 1m 22691840 4m" -c "fdatasync" $mnt/s3/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x61 -b 1m 5906432 9m" $mnt/f3
xfs_io -f -c "reflink $mnt/s2/f0 4030464 25231360 32k" $mnt/f4
xfs_io -c "fzero -k 654170 36k" $mnt/s2/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x61 -b 1m 22904832 13m" $mnt/s3/g0
xfs_io -c "pwrite -S 0x63 21217280 68k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 17920000 64k" $mnt/s1/g2
xfs_io -c "pwrite -S 0x63 1863680 136k" $mnt/s2/f0
xfs_io -c "falloc 25333800 64k" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 13963264 2941" -c "fdatasync" $mnt/f3
xfs_io -c "pwrite -S 0x63 28545845 6730" -c "fdatasync" $mnt/s3/f2
xfs_io -r -c "fiemap -v" $mnt/s3/f0
xfs_io -c "falloc -k 1645911 40k" $mnt/s2/f0
xfs_io -c "fdatasync" $mnt/f3
echo 2 > /proc/sys/vm/drop_caches
