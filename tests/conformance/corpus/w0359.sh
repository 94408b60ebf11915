# extsim conformance workload, gen.py seed 359
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 1526339" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1004k 8k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1495040 44k" -c "fdatasync" $mnt/f1
sync
xfs_io -c "dedupe $mnt/f1 0 20k 12k" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 52k 5992448 196k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 3528056 60k" $mnt/f3
xfs_io -c "reflink $mnt/f0 164k 1314816 1m" $mnt/f1
sync
xfs_io -c "reflink $mnt/f2 132k 1863680 6066176" $mnt/f2
xfs_io -c "reflink $mnt/f1 1736704 3215360 300k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 5627904 128k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 1363968 0 24k" $mnt/f0
xfs_io -c "falloc 952103 104k" $mnt/f3
xfs_io -c "falloc 3190784 216k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd -b 1m 6333995 4m" -c "fdatasync" $mnt/f3
xfs_io -c "reflink $mnt/f1 1277952 3444736 508k" $mnt/f2
xfs_io -c "falloc -k 6012928 124k" $mnt/f2
xfs_io -c "falloc -k 1273856 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 10428416 10424320 8k" $mnt/f3
xfs_io -c "dedupe $mnt/f0 564k 572k 20k" $mnt/f0
sync
md5sum $mnt/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -c "dedupe $mnt/f2 1425408 64k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f3 8028160 10354688 1994752" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 2596864 48k" -c "fsync" $mnt/f4
xfs_io -c "falloc 7118848 64k" $mnt/f3
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc -k 3193192 36k" $mnt/s1/f3
