# extsim conformance workload, gen.py seed 284
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 0 360k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 464k 40k" $mnt/f0
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 252k 44k" $mnt/f0
xfs_io -c "truncate 492k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 940k 244k" $mnt/f1
xfs_io -f -c "falloc 524k 16k" $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -c "falloc -k 771406 2m" $mnt/f0
xfs_io -c "reflink $mnt/f1 268k 284k 8k" $mnt/f1
xfs_io -c "falloc 920k 2m" $mnt/sv/g0
md5sum $mnt/f1
xfs_io -c "fsync" $mnt/sv/g1
sync
md5sum $mnt/f1
xfs_io -f -c "pwrite 2785009 52k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1540096 2829" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/sv/g0 2179072 0 8k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 -b 1m 2282242 4m" $mnt/sv/g0
md5sum $mnt/f1
sync
xfs_io -c "pwrite -S 0x62 -b 1m 952k 3m" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 439093 4k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f1" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 759960 10083" $mnt/s1/f1
btrfs subvolume snapshot $mnt/sv $mnt/s2
