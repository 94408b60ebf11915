# extsim conformance workload, gen.py seed 373 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 31137792 48k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0x63 -b 1m 8327168 2m" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 23195648 25956352 2899968" $mnt/sv/g1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 3788800 192k" $mnt/sv/g0
xfs_io -c "falloc -k 25161728 3m" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 -b 1m 13312000 8m" -c "fsync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 3207168 3190784 28k" $mnt/sv/g1
xfs_io -c "truncate 17649664" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 2113536 248k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 1376256 17768448 44k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 22515712 44k 24k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 21217280 36k" $mnt/sv/g0
sync
md5sum $mnt/sv/g0
xfs_io -f -c "pwrite 26001408 28k" -c "fsync" $mnt/sv/g1
rm $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 11964416 4k" -c "fsync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 10731520 3m" $mnt/f0
chattr +C $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 3035136 0 18223104" $mnt/sv/g0
md5sum $mnt/sv/g0
sync
xfs_io -c "fdatasync" $mnt/f0
