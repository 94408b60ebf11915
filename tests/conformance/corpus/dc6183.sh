# extsim conformance workload, gen.py seed 6183 --drop-caches 0.08 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 6463488 11m" $mnt/f0
xfs_io -c "falloc -k 26058752 9m" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x61 21973515 24k" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 5525504 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 412k 56k" $mnt/s1/g0
xfs_io -c "falloc 20615168 20k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 7135232 24k 28k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite 1585152 232k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 17932288 5m" $mnt/s1/g0
sync
echo 3 > /proc/sys/vm/drop_caches
rm $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x62 -b 1m 15990784 5m" $mnt/s1/g0
xfs_io -c "falloc 31731712 9m" $mnt/s1/g0
xfs_io -c "reflink $mnt/s2/f0 5632000 6356992 12k" $mnt/s2/f0
xfs_io -c "falloc 19296256 1m" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 21536768 64k" $mnt/s1/g0
xfs_io -c "fpunch 19431424 28k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/g0 24449024 27365376 15122432" $mnt/s1/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/s1/f0 18456576 0 24035328" $mnt/s1/f0
chattr +C $mnt/s2/f0
sync
echo 3 > /proc/sys/vm/drop_caches
md5sum $mnt/s2/f0
xfs_io -c "pwrite -S 0xcd -b 1m 20590592 10m" $mnt/s1/g0
xfs_io -c "fzero -k 7454720 10758" $mnt/s2/f0
xfs_io -c "reflink $mnt/s1/f0 26284032 23633920 12918784" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 19802744 12k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x62 8171520 32k" $mnt/s2/f0
xfs_io -c "falloc -k 11665408 5m" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s1/g0 19554304 15994880 24k" $mnt/s1/g0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fzero 41975808 64k" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/g0 26193920 7954432 3907584" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 6447104 36k" $mnt/s1/g0
xfs_io -c "truncate 3076096" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 2129920 11m" -c "fsync" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/f0 1937408 1925120 24k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 1531904 8m" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/g0 21229568 6266880 12349440" $mnt/s1/g1
xfs_io -c "falloc -k 14290944 48k" $mnt/s1/g0
xfs_io -c "fpunch 26044435 40k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x61 9013184 64k" $mnt/s1/f0
xfs_io -f -c "falloc 28016640 9335" $mnt/s2/g0
xfs_io -f -c "pwrite -b 1m 29519872 3m" $mnt/s3/g0
xfs_io -c "pwrite -S 0x62 9195520 4k" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/s1/g1
xfs_io -c "falloc 13660160 8k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 3399680 16m" $mnt/s3/g1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 1897356 188k" $mnt/s2/g0
