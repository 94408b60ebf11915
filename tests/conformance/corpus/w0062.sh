# extsim conformance workload, gen.py seed 62 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "reflink $mnt/f0 4k 11517952 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 10756096 4k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f0 4k 0 4k" $mnt/f0
xfs_io -c "falloc 10723328 52k" $mnt/f0
xfs_io -c "fpunch 6074368 84k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 14917632 11m" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 17421926 4m" $mnt/f2
xfs_io -c "pwrite -S 0x62 -b 1m 7864320 6m" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fpunch 2891776 4618" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "falloc 1679360 36k" $mnt/f0
rm $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 0 11403264 4k" $mnt/f2
xfs_io -f -c "reflink $mnt/f2" $mnt/f3
xfs_io -c "pwrite -S 0x63 12734464 56k" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f1 25460736 548k 956k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 -b 1m 26066944 1m" $mnt/f4
xfs_io -f -c "falloc -k 23965696 24k" $mnt/f5
xfs_io -c "pwrite -b 1m 23588864 15m" $mnt/f1
xfs_io -c "dedupe $mnt/f2 13623296 7876608 32k" $mnt/f2
xfs_io -c "fpunch 36286464 32k" $mnt/f1
xfs_io -c "pwrite -S 0x61 11673600 32k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 4136960 12328960 4k" $mnt/f1
xfs_io -c "falloc 34500608 1m" $mnt/f1
sync
xfs_io -c "dedupe $mnt/f1 30060544 0 9261056" $mnt/f2
xfs_io -c "pwrite -S 0x61 31997952 28k" $mnt/f1
xfs_io -c "falloc -k 700k 80k" $mnt/f1
xfs_io -c "truncate 2879488" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 6513502 252k" $mnt/f5
xfs_io -f -c "pwrite 360k 714" $mnt/f3
md5sum $mnt/f3
xfs_io -c "reflink $mnt/f1 37322752 8556544 608k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 0 6m 4k" $mnt/f5
xfs_io -c "reflink $mnt/f0 8593408 10551296 1421312" $mnt/f0
xfs_io -c "pwrite -S 0x62 22609920 200k" $mnt/f4
rm -f $mnt/f3
xfs_io -c "falloc 1303737 60k" $mnt/f2
xfs_io -c "pwrite -S 0x62 26042368 431" $mnt/f1
xfs_io -f -c "reflink $mnt/f2 632k 33505280 1118208" $mnt/f3
xfs_io -c "dedupe $mnt/f4 16510326 7712768 12k" $mnt/f0
xfs_io -c "falloc -k 868781 12m" $mnt/f5
sync
xfs_io -c "pwrite -S 0x63 -b 1m 1093632 7m" $mnt/f2
xfs_io -c "fpunch 4435968 1064" $mnt/f5
xfs_io -f -c "pwrite -S 0x61 -b 1m 6344704 15m" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 -b 1m 9986048 9m" -c "fsync" $mnt/f0
chattr +C $mnt/f3
xfs_io -f -c "pwrite -S 0x62 18350080 220k" $mnt/f6
sync
xfs_io -c "fsync" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 20599526 16k" $mnt/f7
xfs_io -c "pwrite -S 0x62 13710598 120k" -c "fdatasync" $mnt/f3
xfs_io -c "fpunch 12075069 8921" $mnt/f3
xfs_io -c "reflink $mnt/f4 12259328 17338368 8392704" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fsync" $mnt/f5
