# extsim conformance workload, gen.py seed 317 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount -o nodatacow $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 0 19140608 4k" $mnt/sv/g0
xfs_io -c "falloc 7927812 14m" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite -S 0x61 -b 1m 116k 15m" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/sv/g0 3403776 160k 20k" $mnt/sv/g0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "pwrite -S 0xcd -b 1m 19087360 16m" $mnt/sv/g0
xfs_io -c "fpunch 28827562 2m" $mnt/sv/g0
xfs_io -c "fpunch 13519953 176k" $mnt/s2/g0
sync
xfs_io -c "pwrite -S 0x63 -b 1m 27729920 11m" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 8318976 14m" $mnt/sv/g0
xfs_io -c "reflink $mnt/s2/g0 26976256 12328960 3973120" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 17679477 44k" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 3514368 7m" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 25100288 4493312 10768384" $mnt/sv/g1
xfs_io -c "truncate 14372864" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/g0 2838528 992k 28k" $mnt/sv/g1
btrfs subvolume snapshot $mnt/sv $mnt/s3
xfs_io -c "reflink $mnt/sv/g1 30057443 1880064 20k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 7335936 8k" $mnt/sv/g1
xfs_io -c "fsync" $mnt/s3/g0
xfs_io -f -c "truncate 29111973" $mnt/sv/g2
xfs_io -c "reflink $mnt/s3/g0 10289097 19195230 654" $mnt/s3/g0
sync
md5sum $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 8028160 36k" $mnt/sv/g2
xfs_io -c "falloc -k 25759744 8m" $mnt/s3/g0
xfs_io -c "reflink $mnt/s3/g1 2457600 7634944 1744896" $mnt/sv/g2
xfs_io -c "reflink $mnt/s2/g0 26628096 5685248 8k" $mnt/s2/g0
xfs_io -c "fpunch 5795840 52k" $mnt/s2/g0
xfs_io -c "fsync" $mnt/sv/g2
xfs_io -c "fsync" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g2 20488192 28749824 2224128" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 3973120 56k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 9760768 9752576 12k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 10829824 4k" $mnt/sv/g3
xfs_io -c "pwrite -b 1m 828k 13m" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 12279837 32k" $mnt/s3/g0
xfs_io -f -c "pwrite -S 0xcd 29818880 156k" $mnt/sv/g3
xfs_io -c "reflink $mnt/sv/g3 5914624 10977280 24076288" $mnt/sv/g2
xfs_io -c "fpunch 11427840 48k" $mnt/sv/g1
chattr +C $mnt/s3/g1
xfs_io -c "dedupe $mnt/s2/g0 2715648 116k 20k" $mnt/s3/g0
xfs_io -c "pwrite -S 0x61 11472896 44k" $mnt/s2/g0
xfs_io -c "fpunch 2032525 160k" $mnt/s2/g0
xfs_io -c "fpunch 2061805 228k" $mnt/s3/g1
xfs_io -c "dedupe $mnt/sv/g1 3190784 5251072 12k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1900544 104k" $mnt/sv/g1
xfs_io -c "falloc 3493888 9740" $mnt/sv/g1
sync
md5sum $mnt/sv/g3
xfs_io -c "reflink $mnt/s2/g0 660k 664k 4k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 -b 1m 7188480 13m" $mnt/s3/g1
