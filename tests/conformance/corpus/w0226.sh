# extsim conformance workload, gen.py seed 226 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 23261184 4k" $mnt/f0
xfs_io -c "fpunch 2899968 6622" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "truncate 828k" $mnt/f0
xfs_io -c "pwrite -S 0x62 32149504 7474" $mnt/f0
xfs_io -c "pwrite -b 1m 5857280 16m" -c "fdatasync" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 22618112 9326592 16k" $mnt/f0
xfs_io -f -c "truncate 14146822" $mnt/f1
xfs_io -c "fzero 6864896 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 3104768 236k" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 10317824 84k" $mnt/f0
sync
xfs_io -f -c "falloc -k 6774784 56k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 0 11337728 16k" $mnt/f1
xfs_io -c "reflink $mnt/f0 15245312 11792384 16923954" $mnt/f0
xfs_io -c "falloc -k 3964928 4m" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd -b 1m 7462912 11m" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 7426048 3m" $mnt/f2
xfs_io -f -c "reflink $mnt/f3 6979584 6975488 28k" $mnt/f3
xfs_io -c "pwrite -S 0x63 1814528 9097" $mnt/f1
touch $mnt/f4
chattr +C $mnt/f4
rm $mnt/f3
xfs_io -c "pwrite -S 0x61 -b 1m 19542016 3m" $mnt/f0
xfs_io -c "truncate 23925839" $mnt/f4
xfs_io -c "fpunch 26750887 32k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 9801728 13m" $mnt/f3
rm $mnt/f0
xfs_io -c "reflink $mnt/f2 4694016 14835712 5890048" $mnt/f3
xfs_io -c "fpunch 23113728 240k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "truncate 12230656" $mnt/f1
md5sum $mnt/s1/f3
xfs_io -c "reflink $mnt/s1/f1 16650240 16666624 32k" $mnt/s1/f1
md5sum $mnt/s1/f4
xfs_io -c "pwrite -S 0x62 21971151 24k" $mnt/s1/f4
xfs_io -c "fpunch 18235392 28k" $mnt/s1/f3
sync
xfs_io -c "pwrite -S 0x61 17321984 24k" -c "fdatasync" $mnt/s1/f4
xfs_io -c "pwrite -S 0x63 -b 1m 596k 13m" $mnt/s1/f3
rm $mnt/s1/f1
xfs_io -c "pwrite 18251776 2853" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f2 1372160 0 9203712" $mnt/f4
xfs_io -c "truncate 11677696" $mnt/s1/f3
xfs_io -c "reflink $mnt/s1/f2 1777664 2756608 2744320" $mnt/f3
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x62 4190208 4k" $mnt/f3
xfs_io -c "truncate 4157440" $mnt/f2
xfs_io -c "reflink $mnt/s1/f2 4755456 17838080 4341760" $mnt/f4
xfs_io -f -c "pwrite -S 0x61 -b 1m 2924544 8m" -c "fdatasync" $mnt/s1/f4
xfs_io -c "fzero 9289728 2299" $mnt/f1
