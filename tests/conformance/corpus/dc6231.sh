# extsim conformance workload, gen.py seed 6231 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 1937408 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1306624 48k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1589248 336k 16k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1089536 0 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 684k 1548288 8k" $mnt/f0
sync
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x61 1249280 2497" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 148k 9674" $mnt/f0
xfs_io -c "dedupe $mnt/f0 560k 0 1400832" $mnt/f0
xfs_io -c "reflink $mnt/f1 888k 1000k 108k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1343488 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 248k 1269760 12k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 1877385 28k" $mnt/f1
xfs_io -c "pwrite -S 0x62 644k 4m" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite 1949696 2785" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x63 1232896 2552" $mnt/f0
xfs_io -f -c "pwrite 1611102 32k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 1212416 20k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 3094337 64k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 2830336 1347584 8k" $mnt/f0
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f1 3104768 1855488 1400832" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x63 1773568 8k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 476k 12k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f1 2949120 0 1908736" $mnt/f0
xfs_io -c "pwrite -S 0x63 4366336 12k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 4050944 1355776 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 912k 920k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 468k 52k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1085440 28k 8k" $mnt/f0
rm -f $mnt/f1
xfs_io -c "falloc -k 1302528 44k" $mnt/f0
sync
xfs_io -c "falloc 8436 92k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1695744 24k 8k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/f1 0 700k 0" $mnt/f0
xfs_io -c "pwrite -S 0x62 444206 240k" $mnt/f0
xfs_io -c "pwrite -S 0x62 764k 160k" $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
