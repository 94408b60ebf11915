# extsim conformance workload, gen.py seed 56 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 6340608" $mnt/f0
xfs_io -c "pwrite -S 0xcd 4804320 20k" $mnt/f0
xfs_io -c "falloc 8433664 2m" $mnt/f0
xfs_io -c "reflink $mnt/f0 8335360 24236032 2199552" $mnt/f0
xfs_io -c "dedupe $mnt/f0 10231808 60k 4k" $mnt/f0
xfs_io -c "fzero -k 8617984 8k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x61 -b 1m 2367488 15m" $mnt/f0
xfs_io -f -c "falloc 19394560 13m" $mnt/f1
xfs_io -c "falloc 1900544 20k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1411816 36k" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "truncate 13910016" $mnt/f2
md5sum $mnt/f1
xfs_io -c "pwrite -S 0x62 28205056 16k" $mnt/f2
xfs_io -c "falloc 1515520 40k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 30146560 30146560 8k" $mnt/f1
xfs_io -c "fpunch 3362816 10127" $mnt/f1
xfs_io -c "fpunch 17842176 4m" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 29954048 5m" $mnt/f1
xfs_io -c "reflink $mnt/f1 14876672 26021888 0" $mnt/f2
xfs_io -c "reflink $mnt/f0 3162112 32043008 13201408" $mnt/f2
xfs_io -f -c "pwrite 27360222 236k" $mnt/f2
xfs_io -c "pwrite -S 0x63 32417406 32k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 8048640 11m" $mnt/f1
xfs_io -c "falloc -k 14036992 52k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "fzero -k 40968192 108k" $mnt/f2
xfs_io -c "pwrite -S 0x61 9416704 8k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f1 28008448 15319040 7196672" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f2 4911104 0 41435136" $mnt/s1/f1
touch $mnt/f3
chattr +C $mnt/f3
md5sum $mnt/s1/f0
xfs_io -c "pwrite 4278691 32k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f1 5161691 9518852 4k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 -b 1m 12279808 5m" $mnt/s1/f1
rm $mnt/f3
xfs_io -f -c "reflink $mnt/f2 29859840 13848576 8368128" $mnt/s1/g0
xfs_io -c "truncate 66532" $mnt/s1/f2
xfs_io -c "reflink $mnt/f0 30326784 18284544 20k" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 1560576 8m" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f2 8k 28k 8k" $mnt/s1/f2
xfs_io -c "falloc 33638532 4260" $mnt/f2
md5sum $mnt/s1/g0
xfs_io -f -c "pwrite -b 1m 27627520 8m" $mnt/f3
xfs_io -c "reflink $mnt/s1/f0 26247168 15876096 1974272" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f2 8k 0 12k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/f0 10215424 24346624 17391616" $mnt/s1/f1
xfs_io -f -c "pwrite -b 1m 22781952 1m" $mnt/s1/g1
xfs_io -c "reflink $mnt/f0 16142336 2543616 14905344" $mnt/s1/g1
xfs_io -c "fdatasync" $mnt/s1/f2
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 19451904 232k" $mnt/f2
xfs_io -c "falloc 31477760 4m" $mnt/f1
xfs_io -c "falloc -k 15532032 12k" $mnt/s1/f1
xfs_io -c "fpunch 3280896 44k" $mnt/s1/f2
xfs_io -c "fdatasync" $mnt/f2
