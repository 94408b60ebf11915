# extsim conformance workload, gen.py seed 407
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 4k 668k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 8386186 3113" $mnt/f0
sync
sync
xfs_io -c "falloc 7787549 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2723840 44k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 5169152 744k 3228339" $mnt/f0
xfs_io -c "truncate 4695408" $mnt/f0
xfs_io -c "fpunch 2007040 1210" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 3350528 64k" -c "fsync" $mnt/f0
xfs_io -c "fzero 3579904 7434" $mnt/f0
xfs_io -c "reflink $mnt/f0 4075520 1941504 64k" $mnt/f0
xfs_io -c "pwrite -S 0x62 3604480 4943" -c "fsync" $mnt/f0
xfs_io -c "truncate 3753804" $mnt/f0
xfs_io -c "fpunch 644k 44k" $mnt/f0
xfs_io -f -c "falloc -k 4272128 180k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 0 2265088 4k" $mnt/f2
xfs_io -c "reflink $mnt/f2 0 5955584 4k" $mnt/f1
xfs_io -c "pwrite -S 0x63 7747128 80k" $mnt/f0
xfs_io -c "falloc 3593074 236k" $mnt/f2
xfs_io -f -c "pwrite 4845568 372" $mnt/f1
xfs_io -c "pwrite -S 0x62 2580480 64k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 480k 36k 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 2584576 48k 28k" $mnt/f0
md5sum $mnt/f2
xfs_io -c "pwrite -S 0x62 960k 878" $mnt/f2
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "pwrite -S 0x61 7725056 2311" $mnt/f3
xfs_io -c "pwrite -S 0x62 3543040 52k" -c "fdatasync" $mnt/f0
chattr +C $mnt/f3
xfs_io -f -c "pwrite -S 0x62 1384448 56k" $mnt/f1
rm $mnt/f1
xfs_io -c "dedupe $mnt/f2 1712128 48k 20k" $mnt/f0
sync
sync
xfs_io -c "reflink $mnt/f2 1957888 1753088 1130496" $mnt/f3
xfs_io -f -c "reflink $mnt/f3 832k 4984832 3325952" $mnt/f1
xfs_io -c "falloc 2588672 36k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 2445312 0 1393522" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 5161618 60k" $mnt/f3
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f1 4370432 5853184 3948544" $mnt/f1
xfs_io -c "pwrite -S 0x62 3996627 60k" -c "fsync" $mnt/f3
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 1646592 220k" $mnt/f2
xfs_io -f -c "pwrite 836k 48k" $mnt/f4
xfs_io -f -c "pwrite -S 0x63 4632576 68k" $mnt/f1
xfs_io -c "fpunch 7983104 48k" $mnt/s1/f3
xfs_io -c "falloc 3346432 12k" $mnt/s1/f3
xfs_io -c "truncate 152k" $mnt/f1
xfs_io -c "fpunch 6393856 12k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 3010478 36k" $mnt/s1/f1
xfs_io -c "falloc -k 73914 10906" $mnt/f1
xfs_io -c "pwrite -S 0x63 5681152 6384" $mnt/s1/f3
xfs_io -c "reflink $mnt/s1/f3 2961408 828k 900k" $mnt/s1/f2
xfs_io -f -c "falloc -k 3913205 4m" $mnt/s1/g0
xfs_io -f -c "pwrite 2023424 56k" $mnt/s1/f2
xfs_io -c "fdatasync" $mnt/f3
xfs_io -c "pwrite -S 0x62 4509696 68k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 6434816 20k" $mnt/s1/g0
xfs_io -f -c "falloc 348k 28k" $mnt/s1/g1
sync
xfs_io -c "truncate 3397273" $mnt/s1/f3
