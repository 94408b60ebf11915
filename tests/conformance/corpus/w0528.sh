# extsim conformance workload, gen.py seed 528 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 26698324 9283" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite 13171751 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 18968576 2m" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1540693 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 26648576 8m" $mnt/f0
xfs_io -c "pwrite -S 0x62 13840384 64k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3117056 4698112 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 11911168 11911168 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 15372288 23982080 7086080" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 30720000 32k 32k" $mnt/f0
xfs_io -c "falloc -k 12603392 12k" $mnt/f0
xfs_io -f -c "falloc 32022803 44k" $mnt/f1
xfs_io -c "pwrite -S 0x62 10970222 204k" $mnt/f1
xfs_io -c "falloc 8499200 1m" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 22491136 19230720 0" $mnt/f2
xfs_io -c "dedupe $mnt/f1 12423168 15007744 216k" $mnt/f2
xfs_io -c "truncate 8892799" $mnt/f2
xfs_io -c "falloc 23340861 15m" $mnt/f0
xfs_io -c "fpunch 12972592 12k" $mnt/f1
xfs_io -c "truncate 6649026" $mnt/f2
md5sum $mnt/f1
xfs_io -c "fzero 25536024 40k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 11063296 2m" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 9453568 4370432 3096576" $mnt/f2
xfs_io -c "falloc 2830130 12k" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd -b 1m 27590656 15m" $mnt/f1
xfs_io -f -c "pwrite -b 1m 8916992 2m" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite 7245824 10500" -c "fsync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 27766784 18984960 20k" $mnt/f0
xfs_io -c "reflink $mnt/f1 29097984 12439552 14233600" $mnt/s1/g0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 18632704 112k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 -b 1m 6680576 1m" $mnt/s1/g1
xfs_io -c "dedupe $mnt/f1 35934208 35921920 8k" $mnt/f1
sync
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "falloc -k 6476325 60k" $mnt/s1/g1
xfs_io -c "falloc -k 8630272 56k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 516k 6m" $mnt/f2
sync
xfs_io -c "reflink $mnt/f0 29196288 15597568 7561216" $mnt/s1/g1
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "falloc 27103232 120k" $mnt/f3
xfs_io -c "fzero -k 15417344 52k" $mnt/f1
xfs_io -c "pwrite -S 0x61 21915959 8k" $mnt/f0
xfs_io -c "falloc 16965632 16m" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 34336768 8m" $mnt/f1
xfs_io -c "reflink $mnt/f0 16613376 12402688 6443008" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 -b 1m 8134656 7m" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 31682560 9238" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g1 3366912 52k 16k" $mnt/f0
xfs_io -c "fzero 19730432 4214" $mnt/f1
xfs_io -c "fpunch 6287360 1m" $mnt/f2
xfs_io -c "reflink $mnt/f1 25501696 13684736 10641408" $mnt/s1/g1
md5sum $mnt/f1
rm -f $mnt/s1/g1
xfs_io -c "truncate 24305664" $mnt/f3
xfs_io -c "dedupe $mnt/f2 1142784 13869056 8k" $mnt/f0
xfs_io -c "fpunch 3883008 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 5410816 1355776 33480704" $mnt/s1/g0
xfs_io -c "truncate 15560704" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 4169728 15m" -c "fsync" $mnt/s1/g1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "falloc 10350592 5123" $mnt/f1
xfs_io -c "fsync" $mnt/s2/f1
rm $mnt/s2/f2
