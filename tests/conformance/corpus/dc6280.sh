# extsim conformance workload, gen.py seed 6280 --drop-caches 0.08 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1268520 16k" -c "fsync" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fzero -k 224721 12k" $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x63 -b 1m 380k 11m" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 6754304 4788224 1376256" $mnt/f1
chattr +C $mnt/f1
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite 9060352 40k" $mnt/f1
xfs_io -c "pwrite 5509120 244k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f1 5087232 14929920 1699840" $mnt/f1
xfs_io -c "reflink $mnt/f1 8982528 264k 7651328" $mnt/f1
xfs_io -c "falloc -k 372k 60k" $mnt/f0
xfs_io -c "falloc 5697536 64k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 7385088 128k" $mnt/f0
xfs_io -c "fpunch 5427200 36k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
echo 1 > /proc/sys/vm/drop_caches
sync
xfs_io -c "pwrite -b 1m 15777792 13m" $mnt/f1
xfs_io -f -c "pwrite -b 1m 25243648 7m" $mnt/f0
xfs_io -c "fpunch 19741988 220k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite 18114673 16k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f1 23928832 5550080 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 2211840 12m" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x62 10977280 44k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 10706944 24k" $mnt/s1/g0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 19267584 28k" $mnt/s1/f0
xfs_io -c "falloc -k 18432000 44k" $mnt/s1/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "pwrite -b 1m 18935808 13m" $mnt/s1/f1
sync
xfs_io -c "falloc 6488064 5527" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
echo 2 > /proc/sys/vm/drop_caches
