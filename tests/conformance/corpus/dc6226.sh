# extsim conformance workload, gen.py seed 6226 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 1449984 40k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 348k 0 1138688" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x61 1004k 48k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "truncate 342692" $mnt/f0
xfs_io -c "pwrite -S 0x61 468k 124k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 520k 32k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x62 320k 60k" $mnt/f0
xfs_io -c "truncate 464k" $mnt/f0
xfs_io -c "truncate 332987" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 64k 52k" $mnt/f0
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
echo 3 > /proc/sys/vm/drop_caches
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "pwrite -S 0xcd 388k 148k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 1146880 44k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/g0 332k 4k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 404k 44k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 308k 1609728 232k" $mnt/sv/g0
xfs_io -c "falloc 171129 64k" $mnt/f0
xfs_io -c "fpunch 12063 28k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 392k 1000k 152k" $mnt/s1/g1
xfs_io -c "falloc 1449984 12k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/g0 64k 752k 252k" $mnt/s1/g1
xfs_io -c "fsync" $mnt/s1/g0
echo 2 > /proc/sys/vm/drop_caches
sync
xfs_io -c "reflink $mnt/sv/g0 988k 368k 352k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g1 444k 836k 192k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 1400832 40k 16k" $mnt/f0
xfs_io -c "falloc 1695744 48k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 760k 4k" $mnt/s1/g1
xfs_io -c "pwrite 1605632 64k" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 664k 52k" $mnt/s1/g1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "truncate 240k" $mnt/sv/g0
xfs_io -c "falloc 96k 4k" $mnt/sv/g0
xfs_io -c "pwrite 944k 84k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 2044292 184k" $mnt/sv/g1
xfs_io -c "pwrite 524k 160k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 156806 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 12k 8k 28k" $mnt/f0
xfs_io -c "falloc -k 42160 12k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 428k 1925120 1241088" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 1654784 16k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g1 1146880 1159168 28k" $mnt/s1/g1
