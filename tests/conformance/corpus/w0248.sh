# extsim conformance workload, gen.py seed 248
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 4370432 64k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 4100096 36k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3424256 52k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 272k 36k" $mnt/f0
xfs_io -c "reflink $mnt/f0 728k 44k 3694592" $mnt/f0
xfs_io -c "pwrite -S 0x61 772k 3276" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "truncate 96k" $mnt/f0
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "falloc 5952983 24k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 376k 6017024 392k" $mnt/f0
xfs_io -c "falloc -k 476k 3279" $mnt/s1/f0
xfs_io -f -c "pwrite 3506176 44k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 5992448 32k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/g0 6586368 6582272 28k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 2621440 68k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 0 3440640 4k" $mnt/s1/f0
xfs_io -f -c "truncate 368k" $mnt/s1/g1
xfs_io -c "falloc -k 228k 208k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 6221824 44k" $mnt/s1/g0
xfs_io -c "truncate 4005733" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/g0 1490944 56k 4k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 5308416 64k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g1 184k 276k 8k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 72k 16k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 7770112 2019328 172k" $mnt/s1/f0
chattr +C $mnt/s1/g0
xfs_io -c "pwrite 5701632 4m" $mnt/s1/g1
xfs_io -f -c "pwrite 1004k 64k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 648k 108k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 8384512 160k" $mnt/s1/g1
xfs_io -f -c "pwrite 172k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 3295673 1771" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 2101248 64k" $mnt/s1/g2
xfs_io -c "pwrite -S 0x62 2503063 40k" $mnt/s1/f0
sync
xfs_io -c "falloc 2785280 3m" $mnt/f0
umount $mnt
mount $dev $mnt
btrfs subvolume snapshot -r $mnt $mnt/s2
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -f -c "pwrite 3584000 16k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 3964928 12k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 6963200 16k" $mnt/f2
xfs_io -c "pwrite -S 0x63 1769472 68k" $mnt/f0
rm -f $mnt/s1/f0
sync
