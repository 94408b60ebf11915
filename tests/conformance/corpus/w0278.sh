# extsim conformance workload, gen.py seed 278
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1916928 48k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 820k 1347584 1130496" $mnt/f1
rm $mnt/f0
xfs_io -c "reflink $mnt/f1 0 1867776 12k" $mnt/f1
xfs_io -c "pwrite -S 0x61 35414 20k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 60k 0 4k" $mnt/f1
xfs_io -c "truncate 12k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 424k 5304" $mnt/f1
xfs_io -c "pwrite -S 0x61 138461 16k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 181437 1796" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 492k 24k" $mnt/f0
xfs_io -c "falloc -k 300k 28k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2023424 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1953792 372k 76k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "falloc 1105920 9652" $mnt/f2
xfs_io -c "falloc 20k 40k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 1269760 44k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0" $mnt/s1/f1
xfs_io -f -c "pwrite 336k 104k" $mnt/f1
xfs_io -c "fpunch 904k 11114" $mnt/s1/f1
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1290240 64k" -c "fsync" $mnt/s1/f1
xfs_io -c "falloc -k 488k 20k" $mnt/f2
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
sync
xfs_io -c "dedupe $mnt/f1 32k 56k 12k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x63 244k 4616" $mnt/f1
xfs_io -c "truncate 175673" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/s1/f1 28k 44k 28k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g2 0 144k 4k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 1658880 532k 276k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 249951 12k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 1961984 32k 32k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 1126400 4k" -c "fsync" $mnt/f3
md5sum $mnt/f1
sync
