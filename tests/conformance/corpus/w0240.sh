# extsim conformance workload, gen.py seed 240 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x63 -b 1m 92k 15m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 9338880 13557760 12k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x61 6025216 40k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 9793536 72k" $mnt/f0
xfs_io -c "reflink $mnt/f0 7180288 21565440 1781760" $mnt/f0
xfs_io -c "truncate 19460096" $mnt/f0
xfs_io -c "dedupe $mnt/f0 19042304 19046400 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3342336 21061632 16130048" $mnt/f0
xfs_io -c "dedupe $mnt/f0 12185600 0 7278592" $mnt/f0
xfs_io -c "truncate 20942848" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 104k 52k" $mnt/s1/f0
xfs_io -c "fpunch 19032127 88k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 17m 1847296 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 11124736 204k" $mnt/s1/g0
xfs_io -c "falloc -k 32043008 4m" $mnt/f0
sync
xfs_io -f -c "reflink $mnt/s1/f0 16924672 28917760 4022272" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 -b 1m 8282112 12m" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g1 0 16494592 12k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 19762911 220k" $mnt/s1/g0
xfs_io -c "falloc -k 27983872 7m" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 3063808 688" -c "fdatasync" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 16670720 9068544 3309568" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/g0 19021824 25296896 1847296" $mnt/s1/g1
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "dedupe $mnt/s1/f0 20193280 19316736 20k" $mnt/s1/g0
xfs_io -c "falloc -k 12073720 5m" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/g0 16289792 26619904 44k" $mnt/s1/g2
xfs_io -c "fpunch 14802944 36k" $mnt/s1/g0
chattr +C $mnt/f0
xfs_io -c "fzero 12681216 28k" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/f0 17993728 2908160 2605056" $mnt/f1
xfs_io -c "reflink $mnt/s1/g1 0 724k 4k" $mnt/f1
xfs_io -c "reflink $mnt/s1/g1 0 1101824 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 33027807 32k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 6864896 52k" $mnt/s1/g0
xfs_io -c "truncate 33161216" $mnt/s1/g2
md5sum $mnt/s2/f0
xfs_io -c "falloc 45739 12k" $mnt/s1/g0
sync
xfs_io -c "dedupe $mnt/s1/g0 5984256 4k 16k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/g1
md5sum $mnt/s2/f0
md5sum $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -r -c "fiemap -v" $mnt/s1/g1
xfs_io -c "reflink $mnt/s2/f0 5046272 16220160 4206592" $mnt/f0
xfs_io -c "falloc 2990080 16k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 8850703 11168" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/g1 12873728 1929216 7135232" $mnt/f2
xfs_io -c "fpunch 14241792 36k" $mnt/f0
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 7221248 152k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 31096832 32k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 -b 1m 32038912 11m" $mnt/s1/g1
xfs_io -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 -b 1m 33447936 11m" $mnt/s1/g1
xfs_io -c "fzero 1691648 710" $mnt/s3/f1
xfs_io -c "pwrite -S 0x63 -b 1m 29790208 16m" -c "fsync" $mnt/f1
xfs_io -c "fsync" $mnt/s1/f0
