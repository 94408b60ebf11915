# extsim conformance workload, gen.py seed 423 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 24862720 1996" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x62 15634432 36k" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f0 6705152 3153920 5140480" $mnt/f1
xfs_io -c "reflink $mnt/f1 2650112 10502144 3465216" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 10461184 156k" $mnt/f2
xfs_io -c "pwrite -S 0x63 9824134 52k" $mnt/f1
xfs_io -c "truncate 20090880" $mnt/f0
xfs_io -c "pwrite -S 0x63 12230656 44k" $mnt/f1
chattr +C $mnt/f2
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0xcd -b 1m 16764928 7m" -c "fsync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f2 6750208 0 3874816" $mnt/s1/f0
xfs_io -c "falloc 8227890 180k" $mnt/f0
xfs_io -c "pwrite -S 0x61 14757888 5953" $mnt/f1
rm $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x63 17862553 8k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 23568384 2m" $mnt/s1/g1
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 -b 1m 3604480 15m" $mnt/f2
sync
xfs_io -f -c "pwrite -S 0x61 -b 1m 12742656 6m" $mnt/f3
md5sum $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 25284608 9m" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 -b 1m 3108864 14m" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 29155328 3m" $mnt/s1/g2
xfs_io -c "pwrite -b 1m 16822272 1m" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 280k 1m" -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd -b 1m 31129600 10m" $mnt/s1/g3
xfs_io -c "pwrite -S 0x61 9420800 52k" -c "fdatasync" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 -b 1m 11825152 6m" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 8433664 48k" -c "fsync" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f1 476k 13475840 16k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f2 5636096 15749120 16k" $mnt/f3
xfs_io -c "pwrite -S 0x63 -b 1m 27844608 1m" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 3933975 16k" -c "fsync" $mnt/f4
xfs_io -c "pwrite -S 0x61 -b 1m 8093696 6m" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 11927552 14m" $mnt/f0
xfs_io -c "fpunch 10815248 140k" $mnt/s1/g0
xfs_io -c "truncate 3608289" $mnt/s1/g2
