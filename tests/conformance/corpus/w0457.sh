# extsim conformance workload, gen.py seed 457 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x62 -b 1m 13815808 5m" $mnt/f0
xfs_io -c "truncate 15535422" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/f0 1679360 14356480 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5459968 0 10079550" $mnt/f0
sync
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "falloc 8728576 11m" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0xcd -b 1m 29413376 11m" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 6287360 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 19533824 4k 28k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "falloc -k 14135296 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 12673024 12668928 24k" $mnt/f0
xfs_io -c "falloc 32378880 44k" $mnt/f1
xfs_io -f -c "falloc -k 28459008 5918" $mnt/f2
xfs_io -c "pwrite -S 0x63 -b 1m 448k 8m" $mnt/f2
xfs_io -c "fpunch 3293184 52k" $mnt/f0
sync
xfs_io -c "fzero 8761344 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 16158720 4m" $mnt/f0
xfs_io -c "pwrite -S 0x63 30130176 228k" $mnt/f2
xfs_io -c "falloc 6778880 16k" $mnt/f2
xfs_io -c "reflink $mnt/f0 1347584 38191104 12296192" $mnt/f1
xfs_io -c "fzero -k 88622 2007" $mnt/f2
xfs_io -c "truncate 12652192" $mnt/f0
xfs_io -c "pwrite -S 0x62 21381120 11967" $mnt/f2
xfs_io -c "pwrite -S 0x61 10911744 48k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 -b 1m 10498048 9m" $mnt/f0
chattr +C $mnt/f2
xfs_io -c "reflink $mnt/f1 41607168 5939200 2129920" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 27521360 1208" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 16529319 11556" $mnt/f1
chattr +C $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x61 -b 1m 45973504 10m" $mnt/s2/f1
xfs_io -c "pwrite 45346816 52k" $mnt/f1
xfs_io -c "reflink $mnt/f1 50143232 40456192 12k" $mnt/f1
xfs_io -c "truncate 28065792" $mnt/s2/f2
xfs_io -c "fpunch 10756096 12k" $mnt/f0
xfs_io -c "pwrite -S 0x62 18829951 36k" $mnt/f0
xfs_io -c "falloc 54521856 24k" $mnt/s2/f1
xfs_io -c "dedupe $mnt/f2 29970432 44k 4k" $mnt/f0
xfs_io -f -c "reflink $mnt/f2 4538368 28409856 8482816" $mnt/f3
sync
xfs_io -c "pwrite -S 0x63 -b 1m 15130624 5m" $mnt/s2/f2
xfs_io -c "falloc 11046912 5m" $mnt/f2
xfs_io -c "pwrite -S 0x62 -b 1m 10661888 4m" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f1 31604736 28237824 14364672" $mnt/f1
xfs_io -c "pwrite -S 0x61 460k 12k" $mnt/s2/f2
xfs_io -f -c "pwrite -S 0x63 -b 1m 13225984 3m" -c "fsync" $mnt/s2/f0
xfs_io -c "fzero -k 4079822 4k" $mnt/f3
sync
rm -f $mnt/s2/f0
md5sum $mnt/f3
xfs_io -c "fpunch 20733952 2m" $mnt/s2/f2
xfs_io -f -c "pwrite -S 0x62 13746348 5130" -c "fsync" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/f2 17592320 28409856 8k" $mnt/f3
xfs_io -c "pwrite -S 0x62 42713088 9383" -c "fdatasync" $mnt/f1
md5sum $mnt/f0
xfs_io -c "fpunch 10091979 216k" $mnt/f2
rm $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 22441984 480k 9023488" $mnt/f0
xfs_io -c "fpunch 1908736 44k" $mnt/f0
xfs_io -c "pwrite -S 0x61 47069584 4k" $mnt/s2/f1
xfs_io -f -c "pwrite -S 0xcd 23445504 72k" -c "fsync" $mnt/f1
xfs_io -c "fsync" $mnt/f0
