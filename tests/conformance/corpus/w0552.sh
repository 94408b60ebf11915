# extsim conformance workload, gen.py seed 552
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 6406144 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1052672 960k 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 6340608 28k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 1020k 44k" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x63 5943488 36k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 7548928 40k" $mnt/f0
xfs_io -f -c "falloc -k 7000097 252k" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 3219456 2547712 224k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 7151864 96k" $mnt/f0
xfs_io -c "pwrite 3919872 28k" $mnt/f0
xfs_io -c "fpunch 5679794 3m" $mnt/f0
xfs_io -c "dedupe $mnt/f2 564k 552k 24k" $mnt/f2
xfs_io -f -c "reflink $mnt/f1 0 828k 4k" $mnt/f3
touch $mnt/f4
chattr +C $mnt/f4
xfs_io -c "reflink $mnt/f2" $mnt/f1
md5sum $mnt/f2
rm $mnt/f1
xfs_io -c "pwrite -S 0xcd 7196672 48k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 6197248 16k" $mnt/f0
xfs_io -f -c "falloc 1059797 52k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 452k 3647" $mnt/f1
xfs_io -c "truncate 7504982" $mnt/f1
xfs_io -c "fzero 5275251 24k" $mnt/f3
xfs_io -c "pwrite -S 0x61 4968448 4140" $mnt/f0
xfs_io -f -c "falloc -k 2723840 16k" $mnt/f5
