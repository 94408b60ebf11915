# extsim conformance workload, gen.py seed 342 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 2523136 44k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x62 28684288 60k" -c "fdatasync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 8175616 52k 24k" $mnt/f0
xfs_io -c "falloc 4698112 40k" $mnt/f1
xfs_io -f -c "falloc 30171136 4m" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 -b 1m 300k 15m" $mnt/f0
xfs_io -c "fpunch 3084589 56k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 11448320 11440128 28k" $mnt/f0
xfs_io -c "reflink $mnt/f1 19447808 28102656 2240512" $mnt/f0
xfs_io -c "fpunch 28407928 12k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite -S 0x63 3297280 100k" $mnt/f2
xfs_io -c "reflink $mnt/f1 23572480 4550656 3231744" $mnt/f1
xfs_io -c "falloc -k 1171456 5m" $mnt/f2
umount $mnt
mount $dev $mnt
sync
xfs_io -c "falloc -k 23986176 5m" $mnt/f0
xfs_io -f -c "truncate 17420028" $mnt/f3
md5sum $mnt/f1
xfs_io -c "reflink $mnt/f0 10170368 6348800 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 8548352 316k 8k" $mnt/f0
xfs_io -c "falloc -k 29373255 7m" $mnt/f2
xfs_io -c "reflink $mnt/f1 15720448 22896640 2981888" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/s1/f1
xfs_io -c "pwrite -S 0xcd -b 1m 13746176 3m" $mnt/f2
xfs_io -c "falloc 5459968 16k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 -b 1m 8220672 14m" -c "fsync" $mnt/f0
xfs_io -c "falloc -k 17612800 128k" $mnt/f1
xfs_io -c "falloc -k 27115520 60k" $mnt/f2
xfs_io -c "falloc -k 24289958 13m" $mnt/f0
rm $mnt/f1
