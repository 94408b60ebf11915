# extsim conformance workload, gen.py seed 245
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 1064960 188k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1220608 64k" $mnt/f0
xfs_io -c "pwrite -S 0x63 581857 5853" $mnt/f0
xfs_io -f -c "truncate 1497886" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1359872 12k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1605632 1589248 4k" $mnt/f0
xfs_io -f -c "falloc 52k 48k" $mnt/f2
xfs_io -c "falloc 78232 144k" $mnt/f2
xfs_io -c "fzero -k 8k 56k" $mnt/f2
xfs_io -c "pwrite -S 0x62 1179648 96k" $mnt/f1
xfs_io -c "pwrite -S 0x62 520k 40k" $mnt/f1
sync
xfs_io -c "pwrite -S 0xcd 400k 5490" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x63 1085440 24k" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 776k 1343488 232k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 816k 64k" $mnt/f4
xfs_io -c "pwrite -S 0x63 388k 6108" $mnt/f3
xfs_io -c "pwrite -S 0x63 952k 208k" $mnt/f2
xfs_io -c "pwrite -S 0x62 744k 2213" $mnt/f2
touch $mnt/f5
chattr +C $mnt/f5
xfs_io -f -c "pwrite -S 0x61 869177 112k" $mnt/f6
xfs_io -c "pwrite -S 0xcd 1902786 20k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1495040 48k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 488k 0 20k" $mnt/f2
xfs_io -c "dedupe $mnt/f4 104k 92k 32k" $mnt/f4
xfs_io -c "pwrite -S 0x61 679378 4m" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1171456 1220608 20k" $mnt/f0
xfs_io -c "falloc -k 328k 40k" $mnt/f6
xfs_io -c "reflink $mnt/f1 1892352 1064960 2723840" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 -b 1m 248k 3m" $mnt/f3
xfs_io -c "reflink $mnt/f1 1138688 796k 2899968" $mnt/s1/f6
xfs_io -c "truncate 1867776" $mnt/f3
md5sum $mnt/s1/f3
