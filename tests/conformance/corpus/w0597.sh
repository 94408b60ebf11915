# extsim conformance workload, gen.py seed 597
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "truncate 1134592" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 60k 1126400 32k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
rm $mnt/sv/g0
xfs_io -f -c "falloc 1603388 20k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 964k 972k 20k" $mnt/sv/g0
xfs_io -c "truncate 1110016" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 1016k 4893" $mnt/sv/g0
xfs_io -c "fpunch 1114112 144k" $mnt/sv/g0
sync
xfs_io -c "fpunch 907028 44k" $mnt/sv/g0
xfs_io -c "falloc 488k 52k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 900k 2m" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 448k 1515520 280k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
rm -f $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 1470464 128k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 1311710 5088" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 308k 20k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x63 460k 28k" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1004k 4994" -c "fsync" $mnt/s1/g0
xfs_io -c "fpunch 1981515 32k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 704300 44k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x62 824713 52k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 1241088 256k" $mnt/s1/g0
xfs_io -c "fpunch 312k 32k" $mnt/f0
xfs_io -c "fpunch 264k 128k" $mnt/f0
xfs_io -c "reflink $mnt/f0 132k 1196032 1193918" $mnt/f0
