# extsim conformance workload, gen.py seed 168 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 33538048 236k" $mnt/f0
xfs_io -c "truncate 11362304" $mnt/f0
xfs_io -c "dedupe $mnt/f0 80k 3522560 20k" $mnt/f0
xfs_io -c "falloc 7073792 56k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "falloc -k 1398353 16k" $mnt/f0
xfs_io -c "pwrite -S 0x61 3374363 32k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 9035776 13m" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 22204416 9076736 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 6402048 8m" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 15773696 4m" $mnt/f0
sync
xfs_io -c "fpunch 20819968 8k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 21749760 11m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 12861440 6410240 12k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f0 21508096 0 11780096" $mnt/f0
xfs_io -c "pwrite -S 0x62 18986479 204k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 28696576 28700672 20k" $mnt/s1/f0
xfs_io -c "truncate 4587520" $mnt/s1/f0
sync
xfs_io -c "dedupe $mnt/s1/f0 944k 0 3624960" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 27004928 4m" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f0 3739648 2125824 8k" $mnt/s1/f0
xfs_io -c "falloc -k 3375104 252k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 -b 1m 7942144 8m" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 26382336 16539648 5857280" $mnt/f1
xfs_io -c "pwrite -S 0x61 9977856 64k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 1335296 3m" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 116k 8060928 33173504" $mnt/f2
xfs_io -c "pwrite -S 0x63 -b 1m 23605248 4m" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/f2 0 988k 4k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x62 8759144 56k" -c "fsync" $mnt/f2
xfs_io -c "fzero 12759040 6206" $mnt/s1/g0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "falloc 18800640 40k" $mnt/f0
touch $mnt/s2/g0
chattr +C $mnt/s2/g0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 7483392 8k" $mnt/s1/g0
sync
xfs_io -c "falloc -k 20918272 1m" $mnt/s1/g1
xfs_io -c "fpunch 891278 60k" $mnt/f1
xfs_io -c "falloc 14307328 16m" $mnt/s1/g1
sync
xfs_io -c "dedupe $mnt/f2 5464064 0 12k" $mnt/f0
xfs_io -f -c "truncate 20155502" $mnt/f3
xfs_io -c "dedupe $mnt/s1/g1 1064960 20k 4k" $mnt/f0
md5sum $mnt/s1/g0
xfs_io -c "reflink $mnt/s2/g0" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 -b 1m 30023680 13m" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x62 -b 1m 2101248 14m" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 1208320 0 28k" $mnt/f1
xfs_io -c "reflink $mnt/s2/g0 112k 11821056 889" $mnt/f3
xfs_io -c "dedupe $mnt/f2 3592192 52k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 4452352 9m" $mnt/f3
xfs_io -c "pwrite -b 1m 11046912 11m" $mnt/s2/g0
xfs_io -c "truncate 15736832" $mnt/s1/g0
xfs_io -c "falloc 23904256 11234" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 29224960 244k" -c "fsync" $mnt/s1/f0
xfs_io -c "truncate 12082759" $mnt/f3
xfs_io -c "dedupe $mnt/s1/g1 13787136 4k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 18132992 160k" $mnt/s2/g0
xfs_io -c "falloc -k 31395840 2m" $mnt/f3
xfs_io -f -c "pwrite 15183872 8k" $mnt/s1/g0
