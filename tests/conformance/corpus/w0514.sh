# extsim conformance workload, gen.py seed 514 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 1m 21340160 11m" -c "fsync" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc 19746816 24k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 9392128 5m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 29061120 5m" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 -b 1m 30953472 1m" $mnt/f2
xfs_io -f -c "pwrite 5324800 64k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 22540288 11m" $mnt/f1
xfs_io -c "reflink $mnt/f1 19947520 2027520 11456512" $mnt/f1
xfs_io -f -c "reflink $mnt/f2 21643264 1081344 0" $mnt/f3
xfs_io -f -c "falloc -k 8957952 32k" $mnt/f4
sync
xfs_io -c "falloc 32542720 56k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 -b 1m 15581184 4m" -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 15495168 5m" $mnt/f3
xfs_io -f -c "truncate 14191522" $mnt/f5
xfs_io -f -c "pwrite -S 0x63 1208320 224k" -c "fdatasync" $mnt/f5
xfs_io -c "pwrite -S 0x61 20816955 140k" $mnt/f4
xfs_io -c "falloc 17341146 9m" $mnt/f3
xfs_io -c "falloc -k 8695187 11m" $mnt/f2
xfs_io -c "falloc 15376950 64k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 20287488 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f5 14073856 14393344 4k" $mnt/f2
xfs_io -c "dedupe $mnt/f3 31981568 18976768 44k" $mnt/f4
xfs_io -f -c "reflink $mnt/f1 16240640 18124800 14843904" $mnt/f6
xfs_io -c "pwrite 19856419 60k" $mnt/f3
xfs_io -c "falloc -k 5439488 28k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "dedupe $mnt/s2/f0 11362304 19480576 220k" $mnt/f1
xfs_io -c "fsync" $mnt/s2/f3
xfs_io -f -c "pwrite -S 0x61 -b 1m 16756736 4m" $mnt/s2/g0
xfs_io -c "reflink $mnt/f3" $mnt/s2/f5
xfs_io -f -c "pwrite -S 0x62 -b 1m 2625536 11m" $mnt/s1/f4
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "truncate 12562432" $mnt/s2/f3
xfs_io -c "fpunch 8750760 56k" $mnt/s1/f5
sync
xfs_io -c "fpunch 492k 104k" $mnt/s2/f6
xfs_io -c "pwrite -S 0x62 30236672 52k" -c "fsync" $mnt/s1/f2
xfs_io -c "dedupe $mnt/f1 12988416 6418432 32k" $mnt/f5
xfs_io -c "fdatasync" $mnt/f6
xfs_io -c "dedupe $mnt/s1/f2 13807616 24k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f0 16732160 16740352 4k" $mnt/s2/f0
xfs_io -c "truncate 17031168" $mnt/s2/f5
