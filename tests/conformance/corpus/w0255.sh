# extsim conformance workload, gen.py seed 255
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite -S 0x63 -b 1m 4907008 4m" -c "fsync" $mnt/f0
xfs_io -c "fpunch 3391488 180k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0xcd 7151616 204k" $mnt/s1/f0
xfs_io -c "falloc -k 8925184 32k" $mnt/s1/f0
xfs_io -c "falloc 6881280 236k" $mnt/s1/f0
xfs_io -c "fpunch 772k 232k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 6664192 4644864 1634304" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 7323648 7331840 16k" $mnt/f0
sync
xfs_io -f -c "reflink $mnt/f0 8511488 2326528 588k" $mnt/s1/g0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc 1m 12k" $mnt/s1/g1
xfs_io -f -c "falloc 2920448 16k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g1 580k 64k 24k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g1 764k 636k 16k" $mnt/s1/g1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "pwrite -S 0x61 6250496 64k" $mnt/f2
xfs_io -c "fpunch 5689344 4k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/g1 244k 52k 12k" $mnt/f0
xfs_io -f -c "falloc 336k 12k" $mnt/s1/g2
sync
xfs_io -c "fpunch 728k 4k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g1 404k 0 20k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 7475200 20k" $mnt/f3
