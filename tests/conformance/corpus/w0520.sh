# extsim conformance workload, gen.py seed 520 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 0 16535552 4k" $mnt/sv/g0
xfs_io -c "pwrite -b 1m 14331904 6m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 15750841 4m" $mnt/sv/g0
xfs_io -c "fpunch 5152768 8k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 19714048 5812224 12k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
sync
sync
xfs_io -c "pwrite -S 0x62 -b 1m 19312640 8m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 660k 40k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 -b 1m 13422592 2m" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite 27316224 56k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite 3764224 12k" $mnt/f0
xfs_io -c "truncate 8736768" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd -b 1m 8568832 12m" $mnt/s1/f0
xfs_io -c "truncate 5807754" $mnt/s1/f0
xfs_io -c "falloc 5189632 14m" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 26316800 10m" $mnt/f1
xfs_io -c "truncate 24651736" $mnt/sv/g0
xfs_io -c "fpunch 15327232 12k" $mnt/sv/g0
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
sync
xfs_io -c "pwrite -S 0x62 -b 1m 10817536 9m" $mnt/f1
xfs_io -c "fdatasync" $mnt/s1/g0
