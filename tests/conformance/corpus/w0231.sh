# extsim conformance workload, gen.py seed 231
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 1294336 248k" $mnt/f0
xfs_io -c "truncate 351280" $mnt/f0
xfs_io -c "fpunch 187076 168k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1508950 5221" $mnt/f1
sync
xfs_io -c "falloc 696k 252k" $mnt/f0
xfs_io -c "fpunch 392k 96k" $mnt/f1
xfs_io -c "reflink $mnt/f1 12k 148k 112k" $mnt/f0
rm $mnt/f0
xfs_io -c "fpunch 396k 80k" $mnt/f1
xfs_io -c "falloc 245790 32k" $mnt/f1
xfs_io -c "reflink $mnt/f1 480k 1134592 32k" $mnt/f1
xfs_io -c "truncate 60728" $mnt/f1
xfs_io -c "dedupe $mnt/f1 48k 0 15672" $mnt/f1
xfs_io -c "pwrite -S 0x61 52k 228k" $mnt/f1
xfs_io -c "falloc 228k 172k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x62 196k 24k" $mnt/f1
xfs_io -c "fpunch 396k 12k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 288k 360k 32k" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "dedupe $mnt/f1 380k 0 24k" $mnt/f1
xfs_io -c "fpunch 108239 24k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1929216 4k" $mnt/f1
xfs_io -c "pwrite -S 0x62 1061269 12k" -c "fsync" $mnt/f1
