# extsim conformance workload, gen.py seed 182
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
umount $mnt
mount $dev $mnt
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -f -c "reflink $mnt/s1/g0 0 380k 4k" $mnt/s1/g0
md5sum $mnt/s1/g0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "dedupe $mnt/s1/g0 0 0 12k" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/g0
sync
xfs_io -c "fpunch 2068480 188k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 628k 48k" $mnt/sv/g0
xfs_io -c "falloc 1908736 1m" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 1002404 32k" -c "fsync" $mnt/sv/g1
xfs_io -c "falloc -k 773384 5251" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 412k 0 8k" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "falloc 566129 4k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 664k 4k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 948k 0 68516" $mnt/s1/g0
xfs_io -c "fpunch 1057599 12k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/sv/g1 200k 28k 8k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 1159168 4k" -c "fsync" $mnt/s1/g0
xfs_io -c "falloc -k 673949 20k" $mnt/sv/g1
md5sum $mnt/sv/g1
xfs_io -c "falloc 1863680 60k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 492k 132k" $mnt/sv/g1
xfs_io -c "pwrite 1305479 84k" -c "fdatasync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/s1/g0 912k 552k 36k" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 1744896 112k" $mnt/s1/g0
xfs_io -f -c "pwrite 223501 6140" -c "fsync" $mnt/sv/g1
xfs_io -c "falloc -k 200k 64k" $mnt/sv/g1
xfs_io -c "truncate 376k" $mnt/sv/g0
rm $mnt/sv/g0
sync
xfs_io -c "falloc 1787669 16k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 371187 52k" -c "fsync" $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "pwrite 860k 20k" $mnt/s1/g0
md5sum $mnt/sv/g1
sync
xfs_io -c "fzero -k 2826240 200k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/sv/g1 572k 572k 4k" $mnt/sv/g1
xfs_io -c "fsync" $mnt/sv/g1
chattr +C $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "reflink $mnt/sv/g1 112k 2539520 344k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 60k 64k" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd -b 1m 1794048 4m" $mnt/sv/g1
