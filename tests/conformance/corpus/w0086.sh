# extsim conformance workload, gen.py seed 86
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1712128 28k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x62 1982464 64k" $mnt/f0
xfs_io -c "truncate 853650" $mnt/f1
xfs_io -f -c "pwrite 756k 52k" $mnt/f1
chattr +C $mnt/f1
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 196k 1806336 1642496" $mnt/f0
xfs_io -c "reflink $mnt/f0 72k 104k 680k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "fpunch 706961 56k" $mnt/s1/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x61 1261568 4295" $mnt/f0
xfs_io -c "pwrite -S 0x61 888k 76k" -c "fsync" $mnt/s2/f0
xfs_io -c "truncate 1720865" $mnt/s1/f0
xfs_io -c "truncate 935622" $mnt/s1/f0
xfs_io -c "falloc 288k 48k" $mnt/f1
md5sum $mnt/f1
md5sum $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 216435 3m" -c "fdatasync" $mnt/s2/f0
xfs_io -c "fpunch 148k 212k" $mnt/s2/f1
xfs_io -c "pwrite -S 0xcd 2310144 32k" $mnt/s2/f0
xfs_io -c "falloc 2523136 52k" $mnt/s2/f0
xfs_io -c "truncate 684k" $mnt/f1
xfs_io -c "dedupe $mnt/s2/f0 2969600 220k 28k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s1/f1 224k 1298977 184k" $mnt/s1/f1
xfs_io -r -c "fiemap -v" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f0 288k 56k 20k" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "reflink $mnt/s1/f1 512k 1556480 276k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x62 1667072 172k" $mnt/s2/f0
chattr +C $mnt/s2/g0
xfs_io -c "fpunch 488k 4k" $mnt/s1/f0
xfs_io -c "fpunch 1326745 10038" $mnt/s2/f0
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 1216512 1082" $mnt/s1/f1
xfs_io -c "fzero 1687552 32k" $mnt/s1/f1
xfs_io -f -c "pwrite 1993205 6883" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 668k 672k 828k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f0 832k 20k 20k" $mnt/f1
xfs_io -c "dedupe $mnt/s2/g0 148k 152k 16k" $mnt/s2/g0
xfs_io -c "falloc 852545 44k" $mnt/s1/f1
xfs_io -c "pwrite -S 0xcd 281035 4333" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 204k 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 396k 616k 28k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 844k 248k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 346456 96k" $mnt/s2/f1
xfs_io -c "reflink $mnt/f0 124k 660k 28k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 1884160 4m" $mnt/s2/f0
xfs_io -c "falloc -k 504k 60k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x61 756k 52k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f0 556k 708k 3858432" $mnt/s1/g0
xfs_io -c "reflink $mnt/s2/g0 376k 40k 1409024" $mnt/f0
xfs_io -c "pwrite -S 0x63 612k 16k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 732k 52k" $mnt/s2/g1
xfs_io -c "reflink $mnt/s2/f0 1114112 1314816 4968448" $mnt/s1/f1
xfs_io -c "falloc 1203729 10931" $mnt/s1/f1
xfs_io -c "truncate 368k" $mnt/s2/f1
xfs_io -c "reflink $mnt/s1/f1 1191936 948k 0" $mnt/f0
xfs_io -c "reflink $mnt/f0 976k 1216512 0" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x62 1232896 20k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s1/f1" $mnt/f1
md5sum $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/f0 1560576 112k 272k" $mnt/s1/f1
btrfs subvolume snapshot $mnt $mnt/s3
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x63 1265664 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 820539 8800" $mnt/s3/g0
sync
xfs_io -c "falloc -k 1376256 64k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 1449984 48k" -c "fsync" $mnt/s2/f0
