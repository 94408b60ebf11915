# extsim conformance workload, gen.py seed 320
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc 1495040 64k" $mnt/f0
xfs_io -c "pwrite -S 0x62 48k 24k" $mnt/f0
xfs_io -c "fpunch 177809 4m" $mnt/f0
sync
xfs_io -c "fzero 1552384 52k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 288k 176k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 1507328 12k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1417216 296k 72k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 784k 784k 28k" $mnt/f0
xfs_io -c "pwrite 1290240 28k" -c "fsync" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "dedupe $mnt/f0 2088960 1331200 164k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1081344 92k 64k" $mnt/f0
xfs_io -c "falloc 1597440 164k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 28k 3300" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "falloc -k 480k 5568" $mnt/f0
xfs_io -c "reflink $mnt/f0 320k 1294336 1167360" $mnt/f0
xfs_io -c "falloc 1376256 11037" $mnt/f0
xfs_io -c "truncate 1884160" $mnt/f0
xfs_io -c "dedupe $mnt/f0 524k 0 1351680" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 1012k 188k" $mnt/f0
xfs_io -c "pwrite 952943 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 680k 496k 28k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fpunch 2060288 1m" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 1273856 1327104 88k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1732608 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 744k 676k 684k" $mnt/f0
xfs_io -c "reflink $mnt/f0 188k 776k 352k" $mnt/f0
xfs_io -c "pwrite -S 0x62 416k 28k" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x61 388k 100k" $mnt/f0
xfs_io -c "fzero -k 558141 4m" $mnt/f0
xfs_io -c "pwrite -S 0x61 860k 252k" -c "fdatasync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 64k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1874722 96k" $mnt/f0
xfs_io -c "falloc 1101824 56k" $mnt/f0
xfs_io -c "truncate 684705" $mnt/f0
xfs_io -c "reflink $mnt/f0 104k 1282048 586401" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1659196 132k" $mnt/f0
xfs_io -c "truncate 1810432" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 512k 52k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 248k 36k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
