# extsim conformance workload, gen.py seed 251
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 0 1892352 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 8228864 224k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 2920448 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 6074368 12k" $mnt/sv/g0
xfs_io -c "falloc 7591364 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 5m 6835" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -f -c "pwrite 7959080 2068" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 4370432 32k" $mnt/s1/g1
xfs_io -c "falloc -k 6008832 28k" $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/g1 1867776 60k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 991431 4m" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 2465792 48k" $mnt/sv/g0
md5sum $mnt/f0
xfs_io -c "fpunch 6574080 36k" $mnt/f0
md5sum $mnt/s1/g0
xfs_io -f -c "truncate 6329410" $mnt/f1
xfs_io -c "fpunch 2498560 32k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 1064960 7389184 588k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/g1 7680000 0 308k" $mnt/f0
xfs_io -f -c "falloc -k 4173824 32k" $mnt/s1/g2
xfs_io -c "pwrite -S 0x61 3633152 11934" $mnt/sv/g0
xfs_io -c "fpunch 3932160 40k" $mnt/f1
xfs_io -c "pwrite -S 0x62 3540877 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 2088960 0 4244546" $mnt/s1/g1
xfs_io -c "reflink $mnt/sv/g0 5062656 2809856 532k" $mnt/f1
sync
xfs_io -c "falloc 1904640 8k" $mnt/f1
sync
sync
xfs_io -c "truncate 32k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x62 3499377 16k" -c "fdatasync" $mnt/f1
xfs_io -c "truncate 5837561" $mnt/sv/g0
md5sum $mnt/s1/g1
xfs_io -c "falloc 1130496 24k" $mnt/s1/g2
xfs_io -c "truncate 2240512" $mnt/f0
xfs_io -c "pwrite -S 0x62 1896448 9124" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 4874240 52k 28k" $mnt/f0
xfs_io -c "falloc 812k 32k" $mnt/f0
xfs_io -f -c "falloc -k 484k 80k" $mnt/s1/g3
xfs_io -c "pwrite -S 0x63 960k 4k" $mnt/f0
touch $mnt/sv/g3
chattr +C $mnt/sv/g3
xfs_io -c "dedupe $mnt/f1 6152192 64k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2265088 60k" $mnt/s1/g3
xfs_io -c "falloc 4591616 80k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 725848 64k" $mnt/s1/g2
xfs_io -c "reflink $mnt/f0 12k 804k 2232320" $mnt/s1/g2
