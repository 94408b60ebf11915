# extsim conformance workload, gen.py seed 561
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "reflink $mnt/sv/g0 0 3485696 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 300k 4k" $mnt/sv/g0
sync
xfs_io -f -c "pwrite -S 0x61 1982464 11442" $mnt/sv/g0
xfs_io -c "falloc 1216512 48k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 1966080 12k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 268k 36k 12k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 1986560 964k 20k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1744896 36k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 812k 10421" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 52k 4k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "truncate 1466368" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 16k 10613" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 996k 920k 56k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 348k 140k" $mnt/sv/g0
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x62 3207168 216k" $mnt/f0
xfs_io -c "pwrite 7643136 60k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 2932736 224k" -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 2772992 4m" $mnt/sv/g0
xfs_io -c "truncate 136k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 60k 56k" $mnt/sv/g0
xfs_io -c "fpunch 5627904 52k" $mnt/f0
xfs_io -f -c "truncate 2760704" $mnt/f1
xfs_io -c "pwrite -S 0x63 2472085 16k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 6213632 40k" -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 4747264 12k" $mnt/f0
xfs_io -c "reflink $mnt/f1 2359296 1998848 0" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f1 2121728 900k 456k" $mnt/s1/f1
xfs_io -c "fsync" $mnt/s1/f1
xfs_io -c "truncate 207121" $mnt/sv/g0
xfs_io -c "falloc 40k 28k" $mnt/sv/g0
sync
btrfs subvolume snapshot $mnt/sv $mnt/s2
sync
xfs_io -c "dedupe $mnt/f1 632k 0 2117632" $mnt/s1/f0
xfs_io -c "falloc -k 84k 52k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/sv/g0 124k 8k 32k" $mnt/f0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
btrfs subvolume snapshot $mnt $mnt/s3
sync
xfs_io -f -c "truncate 8149150" $mnt/f2
chattr +C $mnt/s1/f1
xfs_io -c "dedupe $mnt/sv/g0 148k 0 59665" $mnt/s1/f1
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite 7135232 2237" $mnt/f2
xfs_io -c "reflink $mnt/s3/f1 492k 2723840 2269184" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 2864044 7381" $mnt/s1/f0
xfs_io -c "fpunch 6647808 32k" $mnt/s3/f1
sync
xfs_io -c "pwrite -S 0x63 116k 4k" $mnt/sv/g0
