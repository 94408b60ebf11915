# extsim conformance workload, gen.py seed 5
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 4177920 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 4132864 4086" $mnt/f0
xfs_io -f -c "pwrite 2674688 10125" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 4849664 28k" $mnt/f0
xfs_io -c "fzero -k 596k 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1282048 4034560 36k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 6782107 52k" $mnt/f2
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "reflink $mnt/f3 4k 600k 4k" $mnt/f2
xfs_io -c "pwrite -S 0x63 5701632 12k" $mnt/f2
xfs_io -c "pwrite 2707456 9842" $mnt/f2
xfs_io -c "falloc -k 536k 28k" $mnt/f3
xfs_io -f -c "pwrite 6944500 8k" $mnt/f4
sync
xfs_io -c "reflink $mnt/f2 2441216 2457600 3944448" $mnt/f3
xfs_io -f -c "reflink $mnt/f2 4124672 4567040 2722971" $mnt/f5
xfs_io -c "reflink $mnt/f5 0 2564096 4k" $mnt/f2
touch $mnt/f6
chattr +C $mnt/f6
xfs_io -c "fdatasync" $mnt/f2
sync
xfs_io -c "fpunch 2895872 156k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 6111232 24k" $mnt/f7
xfs_io -c "reflink $mnt/f6 4k 2318336 8k" $mnt/f1
xfs_io -c "falloc -k 1518330 8k" $mnt/f0
xfs_io -c "reflink $mnt/f2 1519616 4595712 5323931" $mnt/f0
xfs_io -c "fzero 1566333 4m" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 588k 40k" $mnt/f5
xfs_io -c "fpunch 6819840 60k" $mnt/f2
xfs_io -c "pwrite -S 0x63 7999488 1m" $mnt/f6
xfs_io -c "falloc -k 6303744 4m" $mnt/f2
xfs_io -c "falloc -k 2666496 40k" $mnt/f6
xfs_io -c "reflink $mnt/f5 312k 192k 252k" $mnt/f0
xfs_io -c "reflink $mnt/f2 108k 3977216 4030464" $mnt/f0
xfs_io -c "falloc 4128768 16k" $mnt/f2
xfs_io -c "pwrite 5939200 4k" $mnt/f4
xfs_io -c "pwrite -S 0x62 5750784 204k" -c "fdatasync" $mnt/f4
chattr +C $mnt/f7
xfs_io -c "fzero -k 3293184 12k" $mnt/f7
xfs_io -c "falloc 7925760 7839" $mnt/f6
touch $mnt/f7
chattr +C $mnt/f7
xfs_io -c "fpunch 6795264 2005" $mnt/f6
xfs_io -c "pwrite -S 0x62 2256896 60k" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 884k 36k" $mnt/f3
xfs_io -c "truncate 2638801" $mnt/f0
xfs_io -c "reflink $mnt/f0 1232896 516k 1418193" $mnt/f5
xfs_io -c "dedupe $mnt/f3 2129920 0 4276224" $mnt/f1
md5sum $mnt/f4
xfs_io -c "reflink $mnt/f7 1503232 84k 1101824" $mnt/f5
xfs_io -f -c "pwrite -S 0x61 3804680 44k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0xcd 3739648 10897" -c "fdatasync" $mnt/s1/g0
xfs_io -c "fpunch 5144576 164k" $mnt/f7
xfs_io -c "pwrite -S 0x61 5292032 200k" $mnt/s1/f3
rm $mnt/f5
xfs_io -c "pwrite -S 0x63 644k 236k" -c "fdatasync" $mnt/f6
sync
xfs_io -c "falloc -k 580k 64k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 1351680 8k" $mnt/f3
xfs_io -f -c "falloc 7913472 44k" $mnt/f5
