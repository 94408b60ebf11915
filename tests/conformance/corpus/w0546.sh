# extsim conformance workload, gen.py seed 546
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 271788 3m" $mnt/f0
xfs_io -c "falloc 2547712 16k" $mnt/f0
xfs_io -c "falloc 3121152 32k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2122192 176k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 1146880 2383872 2282924" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0 764k 3067904 316k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1957888 140k 1277952" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 846000 20k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
chattr +C $mnt/f0
xfs_io -c "fdatasync" $mnt/s2/f0
md5sum $mnt/f0
rm $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 1515520 7037" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 3017091 639" $mnt/f0
sync
xfs_io -c "falloc 1241088 8477" $mnt/f0
xfs_io -c "fpunch 560k 9442" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 104k 28k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 853849 204k" $mnt/s1/g0
xfs_io -c "pwrite 1349302 20k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 352k 2457600 28k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 824k 24k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 417994 16k" -c "fsync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/f0 1875968 684k 44k" $mnt/s1/g0
