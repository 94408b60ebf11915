# extsim conformance workload, gen.py seed 544
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
umount $mnt
mount $dev $mnt
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 0 76k 8k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 2068480 48k" $mnt/sv/g0
sync
rm $mnt/sv/g1
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 285302 44k" $mnt/sv/g0
xfs_io -c "fpunch 1167360 164k" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/sv/g0 1269760 588k 12k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 174834 16k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 1277952 5102" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 1941504 76k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1536000 216k 352k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 804k 1888256 1m" $mnt/sv/g1
xfs_io -f -c "falloc 446473 108k" $mnt/f0
touch $mnt/sv/g2
chattr +C $mnt/sv/g2
xfs_io -c "fpunch 812842 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 2434038 40k" $mnt/sv/g1
xfs_io -f -c "falloc 1732608 24k" $mnt/sv/g3
xfs_io -c "dedupe $mnt/sv/g0 1462272 0 8k" $mnt/sv/g1
xfs_io -c "fpunch 2501051 3325" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 129574 5457" -c "fsync" $mnt/sv/g1
xfs_io -f -c "falloc -k 1216512 3446" $mnt/sv/g4
xfs_io -c "pwrite 396k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1196032 56k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g3 1601536 1699840 164k" $mnt/sv/g4
touch $mnt/f5
chattr +C $mnt/f5
xfs_io -c "pwrite -S 0x61 1163264 176k" $mnt/f5
xfs_io -c "falloc 932k 16k" $mnt/sv/g0
xfs_io -c "falloc 1531904 32k" $mnt/sv/g2
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g4
xfs_io -c "falloc 244k 8k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g4 0 2224128 4k" $mnt/sv/g1
xfs_io -c "truncate 58917" $mnt/f0
xfs_io -f -c "truncate 1167360" $mnt/f1
xfs_io -c "truncate 543715" $mnt/sv/g4
xfs_io -f -c "truncate 1584458" $mnt/f2
xfs_io -c "dedupe $mnt/sv/g2 488k 1004k 8k" $mnt/sv/g3
xfs_io -c "pwrite -S 0xcd 816k 48k" $mnt/f2
xfs_io -c "reflink $mnt/f0 40k 52k 20k" $mnt/f0
xfs_io -c "pwrite 56k 56k" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/sv/g0 532k 48k 388k" $mnt/f2
xfs_io -c "fpunch 968k 56k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f0 4k 960k 32k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 1536000 40k" $mnt/sv/g0
xfs_io -c "truncate 216k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "fpunch 1146880 56k" $mnt/s1/f1
xfs_io -c "pwrite -S 0xcd 92k 224k" $mnt/f1
xfs_io -c "truncate 550972" $mnt/f5
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -c "fpunch 610881 64k" $mnt/sv/g3
md5sum $mnt/sv/g1
xfs_io -c "falloc 100k 32k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f1 244k 100k 8k" $mnt/f1
xfs_io -c "fpunch 80k 36k" $mnt/f1
xfs_io -c "falloc -k 1945600 64k" $mnt/sv/g1
touch $mnt/f3
chattr +C $mnt/f3
