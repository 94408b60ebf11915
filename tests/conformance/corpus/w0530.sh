# extsim conformance workload, gen.py seed 530 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 -b 1m 19099648 10m" -c "fsync" $mnt/f0
xfs_io -c "fpunch 28303360 4583" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x62 15101034 196k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 -b 1m 21934080 15m" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 1073152 20k 20k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 17022976 26836992 4321280" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 24416256 9m" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 11694080 11685888 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 3141632 10m" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 1249280 0 12k" $mnt/f0
xfs_io -c "truncate 15278080" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "fpunch 624k 204k" $mnt/s1/f0
sync
xfs_io -f -c "reflink $mnt/s1/f0 12431360 16633856 0" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -b 1m 25866240 16m" -c "fsync" $mnt/f0
md5sum $mnt/f0
xfs_io -c "falloc -k 4706095 48k" $mnt/s1/f0
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 5072989 4m" $mnt/f1
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "fpunch 21655552 240k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 -b 1m 23400448 12m" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 3690496" $mnt/f0
xfs_io -c "falloc -k 17511332 24k" $mnt/s1/g0
sync
xfs_io -c "truncate 13103104" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 7725056 4k" $mnt/s1/f0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "dedupe $mnt/f0 2699264 44k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 876k 3m" $mnt/f0
md5sum $mnt/f1
xfs_io -c "dedupe $mnt/f0 408k 0 3629056" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 31780864 120k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 -b 1m 2027520 12m" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g1 20959232 0 10948608" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 30368298 68k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g0" $mnt/s1/g0
xfs_io -c "fsync" $mnt/f0
