# extsim conformance workload, gen.py seed 29 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 1251725" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1016k 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 448k 31707136 144k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 24641536 23101440 6519" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 10444800 244k" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "truncate 29286400" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 20659983 8k" $mnt/f2
xfs_io -c "pwrite -S 0x62 904k 4k" -c "fsync" $mnt/f2
sync
xfs_io -c "pwrite -S 0x61 11189553 224k" $mnt/f2
xfs_io -c "falloc 9875456 6m" $mnt/f1
xfs_io -c "falloc 30029107 13m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 17231872 64k" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 21889024 6m" $mnt/f1
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc -k 20210491 4m" $mnt/f2
xfs_io -c "falloc -k 15355904 9m" $mnt/f2
xfs_io -c "falloc -k 5443584 3m" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 24625152 12k" $mnt/f2
chattr +C $mnt/s1/f0
sync
xfs_io -f -c "falloc 8847360 112k" $mnt/f3
xfs_io -c "reflink $mnt/f2 14630912 12656640 3514368" $mnt/f1
xfs_io -c "dedupe $mnt/f1 15233024 11964416 16k" $mnt/s1/f2
xfs_io -c "falloc 15568896 7m" $mnt/s1/f0
xfs_io -c "falloc 7147520 14m" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 11374592 12k" -c "fsync" $mnt/s1/f1
sync
xfs_io -f -c "pwrite -S 0x62 10170368 48k" -c "fdatasync" $mnt/s1/f2
xfs_io -c "pwrite -S 0x62 12607488 44k" -c "fdatasync" $mnt/s1/f0
rm $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 584k 5m" $mnt/f3
xfs_io -c "fpunch 14020608 32k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x62 -b 1m 8593408 1m" $mnt/f2
xfs_io -c "dedupe $mnt/f3 3772416 3977216 8k" $mnt/s1/f2
xfs_io -c "pwrite -b 1m 13672448 2m" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 2637824 7m" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 -b 1m 16642048 11m" $mnt/s1/f1
xfs_io -c "fpunch 16355328 20k" $mnt/f2
xfs_io -c "fzero 23019520 36k" $mnt/f2
xfs_io -c "falloc -k 460k 32k" $mnt/f3
xfs_io -c "reflink $mnt/f1 21725184 7921664 7569408" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0xcd 10526720 5582" -c "fdatasync" $mnt/f0
xfs_io -c "fdatasync" $mnt/f3
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fpunch 5160960 36k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 5468160 4k 20k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x63 -b 1m 1335296 9m" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s2/f3 4157440 332k 12k" $mnt/s2/f0
xfs_io -c "fpunch 5148855 28k" $mnt/s2/f0
xfs_io -f -c "reflink $mnt/s2/f3 700k 8843264 6508544" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x61 8171520 8k" $mnt/f4
xfs_io -c "pwrite -S 0x62 -b 1m 572k 5m" $mnt/s1/g0
