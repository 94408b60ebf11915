# extsim conformance workload, gen.py seed 419
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 344k 4k" $mnt/f0
xfs_io -f -c "pwrite 672942 56k" $mnt/f1
md5sum $mnt/f1
xfs_io -c "pwrite -S 0x61 996k 8k" -c "fdatasync" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "reflink $mnt/f0 4k 244k 8k" $mnt/f2
xfs_io -c "reflink $mnt/f2 0 952k 4k" $mnt/f0
rm $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -r -c "fiemap -v" $mnt/f2
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 272k 2m" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 396k 28k" -c "fsync" $mnt/f2
xfs_io -c "falloc 1417216 8106" $mnt/f0
xfs_io -c "fzero 1181870 92k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 628638 16k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1966080 340k 16k" $mnt/f2
xfs_io -c "falloc 28k 152k" $mnt/f0
xfs_io -c "truncate 384k" $mnt/f1
xfs_io -c "falloc -k 72k 4290" $mnt/f2
xfs_io -c "dedupe $mnt/f2 231025 204k 16k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 2293760 280k 12k" $mnt/f0
xfs_io -c "fpunch 540k 48k" $mnt/f0
xfs_io -f -c "pwrite 4k 913" -c "fdatasync" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "falloc 0 1480" $mnt/f3
xfs_io -c "falloc -k 0 204k" $mnt/f3
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "fpunch 56k 6547" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 2228224 248k" -c "fsync" $mnt/f0
xfs_io -c "pwrite 952k 124k" $mnt/f3
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "pwrite -S 0x63 1556480 16k" $mnt/f0
xfs_io -c "reflink $mnt/f1 232k 528k 8k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 356k 36k" $mnt/f4
xfs_io -c "dedupe $mnt/f4 8k 328k 24k" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 144k 112k" $mnt/f4
xfs_io -c "pwrite -S 0x63 224k 52k" $mnt/s1/f4
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x63 84k 88k" $mnt/f0
sync
xfs_io -c "fzero -k 356k 5054" $mnt/s1/f1
xfs_io -f -c "pwrite 609453 1474" $mnt/f0
xfs_io -c "falloc 252k 192k" $mnt/s1/f4
sync
xfs_io -c "falloc -k 412k 8843" $mnt/s1/f2
xfs_io -f -c "pwrite 396k 1710" $mnt/f2
xfs_io -c "pwrite -S 0x62 304k 12k" $mnt/f2
xfs_io -c "falloc 60k 176k" $mnt/f1
xfs_io -c "pwrite 432393 48k" $mnt/s1/f4
xfs_io -f -c "truncate 1025127" $mnt/f5
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 42554 20k" -c "fdatasync" $mnt/f3
xfs_io -c "fpunch 312k 192k" $mnt/f1
xfs_io -f -c "falloc 744k 48k" $mnt/s1/g0
xfs_io -c "falloc 159725 8k" $mnt/f4
xfs_io -c "pwrite -S 0x63 36k 36k" -c "fdatasync" $mnt/f2
