# extsim conformance workload, gen.py seed 161 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x61 3297280 10187" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x63 26988544 60k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 22200320 15990784 3424256" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 5144576 44k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1941504 3055616 32k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 14798848 26763264 100k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 -b 1m 2277376 2m" $mnt/f0
xfs_io -c "fpunch 1273856 8080" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 26185728 216k" $mnt/s1/g0
xfs_io -c "truncate 2736849" $mnt/s1/g0
sync
chattr +C $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 1662976 30765056 3534848" $mnt/f0
md5sum $mnt/s1/f0
xfs_io -f -c "truncate 18965936" $mnt/f1
xfs_io -c "pwrite -S 0x62 32216957 9252" $mnt/f0
xfs_io -f -c "falloc -k 824k 4m" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/f0 13172736 28k 8k" $mnt/f0
xfs_io -c "fzero -k 1916928 1384" $mnt/s1/g1
xfs_io -c "falloc -k 14868480 10651" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 12271616 8310784 7782400" $mnt/f1
xfs_io -c "pwrite -S 0x62 5713920 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 26091520 7m" $mnt/s1/g1
rm -f $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/f0 11644928 2990080 0" $mnt/f0
xfs_io -c "reflink $mnt/f0 17866752 1130496 3371008" $mnt/f1
xfs_io -c "pwrite -S 0xcd -b 1m 15065088 1m" $mnt/f1
xfs_io -c "fzero 27488213 8k" $mnt/f0
xfs_io -c "fpunch 28860416 60k" $mnt/f0
xfs_io -c "truncate 6074368" $mnt/f0
xfs_io -c "falloc 24727552 60k" $mnt/s1/f0
xfs_io -c "fpunch 1609728 10171" $mnt/f0
sync
xfs_io -c "fpunch 25362432 220k" $mnt/f1
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 1789952 2023424 25272320" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 -b 1m 13533184 14m" -c "fsync" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 21245952 2813952 6975488" $mnt/f1
xfs_io -c "pwrite -S 0x62 23625728 4390" -c "fdatasync" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 2203648 19324928 2781184" $mnt/s1/g0
xfs_io -c "falloc 11812864 40k" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc -k 4349952 4m" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 2425367 8k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 9158656 60k" -c "fsync" $mnt/s1/f0
xfs_io -f -c "truncate 25145344" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 12587008 64k" $mnt/s1/f0
sync
umount $mnt
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s2
sync
xfs_io -c "reflink $mnt/s1/f0 23486464 6066176 2101248" $mnt/s2/f0
