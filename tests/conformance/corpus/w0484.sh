# extsim conformance workload, gen.py seed 484 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount -o nodatacow $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc 6168576 13m" $mnt/f0
xfs_io -c "truncate 24891881" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4292608 18235392 12k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x62 24850432 4k" -c "fsync" $mnt/f0
xfs_io -c "fpunch 31989124 184k" $mnt/f0
xfs_io -c "fzero -k 4022272 1582" $mnt/f0
xfs_io -c "reflink $mnt/f0 7389184 7901184 968k" $mnt/f0
xfs_io -c "fpunch 18231296 4m" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 16334848 19009536 108k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 7057408 8m" $mnt/f0
xfs_io -c "fpunch 14995456 156k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 31027200 56k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 29413376 3m" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 12443648 13m" $mnt/f0
xfs_io -f -c "falloc 18255872 132k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 3801088 24k" $mnt/f0
sync
xfs_io -c "falloc 27304801 28k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 -b 1m 28250112 16m" $mnt/f1
xfs_io -c "truncate 4448256" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "reflink $mnt/sv/g0 276k 10264576 28k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 -b 1m 38821888 12m" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 4296704 96k" $mnt/f0
xfs_io -f -c "truncate 18012178" $mnt/f2
sync
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/f2 2220032 36k 16k" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 12042240 8k" $mnt/f2
xfs_io -c "reflink $mnt/f2 31399936 31391744 16k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 -b 1m 7753728 16m" -c "fsync" $mnt/f2
xfs_io -c "dedupe $mnt/sv/g0 4628480 4853760 32k" $mnt/f1
rm $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "falloc -k 36409344 4m" $mnt/f1
xfs_io -c "reflink $mnt/f1 10989568 37568512 14864384" $mnt/f1
xfs_io -f -c "truncate 1591592" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 14073856 6552" $mnt/s1/g2
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 580k 12m" $mnt/s1/g1
xfs_io -c "reflink $mnt/f1 32665600 12247040 19771392" $mnt/f1
umount $mnt
mount -o nodatacow $dev $mnt
xfs_io -c "falloc -k 3547136 13m" $mnt/s1/g1
xfs_io -c "truncate 6684672" $mnt/sv/g0
md5sum $mnt/s1/g1
md5sum $mnt/s1/g2
xfs_io -c "truncate 7118596" $mnt/s1/g0
chattr +C $mnt/sv/g0
rm -f $mnt/f2
xfs_io -c "pwrite -S 0xcd -b 1m 11223040 10m" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 -b 1m 4300800 4m" $mnt/s1/g2
xfs_io -c "pwrite -S 0x62 1429504 124k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/s1/g2 7827456 1236992 24k" $mnt/s1/g2
xfs_io -c "fzero -k 2142208 148k" $mnt/s1/g1
rm -f $mnt/sv/g0
