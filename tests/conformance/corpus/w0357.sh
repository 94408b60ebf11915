# extsim conformance workload, gen.py seed 357
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 828k 236k" $mnt/f0
xfs_io -c "pwrite -S 0x62 852k 3m" $mnt/f0
xfs_io -c "fpunch 2383872 56k" $mnt/f0
xfs_io -c "pwrite 276k 11244" -c "fdatasync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite 2323743 64k" $mnt/f0
xfs_io -c "pwrite 2600960 16k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 1466368 3809280 2498560" $mnt/f0
md5sum $mnt/f0
rm $mnt/f0
xfs_io -f -c "falloc 820k 48k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 306142 36k" -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 -b 1m 544k 3m" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1916928 3342336 1794048" $mnt/sv/g0
xfs_io -c "fpunch 188k 3123" $mnt/sv/g0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0xcd 1159168 28k" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 3189471 4k" $mnt/sv/g0
xfs_io -c "fpunch 2003477 56k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 2506752 2510848 20k" $mnt/sv/g0
umount $mnt
mount $dev $mnt
rm $mnt/sv/g0
xfs_io -f -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 644k 8k" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "reflink $mnt/f0 0 256k 4k" $mnt/f0
xfs_io -f -c "truncate 935952" $mnt/sv/g0
xfs_io -c "falloc -k 896759 56k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 496k 196k" $mnt/f0
xfs_io -c "fdatasync" $mnt/sv/g0
umount $mnt
mount $dev $mnt
