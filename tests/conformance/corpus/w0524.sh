# extsim conformance workload, gen.py seed 524
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
btrfs subvolume snapshot -r $mnt/sv $mnt/s1
xfs_io -f -c "pwrite -S 0x63 556k 4k" $mnt/f0
xfs_io -c "truncate 176k" $mnt/f0
xfs_io -c "reflink $mnt/f0 88k 124k 20k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 87357 236k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "falloc 336k 1406" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1875968 2m" $mnt/f1
xfs_io -c "fpunch 105737 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 328k 1937408 4k" $mnt/f1
xfs_io -c "reflink $mnt/f1 224k 1388544 3096576" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2912256 2908160 4k" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "pwrite -S 0xcd 1695744 28k" -c "fdatasync" $mnt/f1
xfs_io -c "fpunch 3616768 96k" $mnt/f0
xfs_io -c "falloc 708k 9391" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/f1 1855488 3694592 32k" $mnt/f0
xfs_io -c "falloc 1843200 9258" $mnt/f1
sync
sync
xfs_io -c "truncate 72005" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 48k 2106" $mnt/f1
xfs_io -c "pwrite -S 0x62 64k 11781" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 2031616 553" -c "fdatasync" $mnt/sv/g0
xfs_io -c "truncate 1470505" $mnt/f0
xfs_io -c "falloc 880k 36k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 648k 60k 4k" $mnt/f0
md5sum $mnt/f1
rm $mnt/f0
xfs_io -c "pwrite -S 0x61 128k 52k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc -k 416737 44k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 16k 4188" $mnt/f1
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 8k 1212416 69125" $mnt/sv/g0
