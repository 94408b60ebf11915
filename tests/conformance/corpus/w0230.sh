# extsim conformance workload, gen.py seed 230 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 17137664 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 20881408 6m" $mnt/f0
xfs_io -c "fzero -k 2179072 40k" $mnt/f0
xfs_io -c "pwrite -S 0x61 13795328 44k" $mnt/f0
xfs_io -c "fpunch 13537280 96k" $mnt/f0
xfs_io -c "reflink $mnt/f0 21618688 24363008 852k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 19316736 212k" $mnt/f1
xfs_io -c "reflink $mnt/f0 16371712 9871360 4411392" $mnt/f1
xfs_io -c "pwrite -S 0x61 27013120 244k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f1 6242304 3452928 13295616" $mnt/f1
xfs_io -c "truncate 9953280" $mnt/f1
xfs_io -c "pwrite -S 0xcd -b 1m 2502656 3m" $mnt/f1
xfs_io -c "truncate 24051358" $mnt/f0
xfs_io -c "falloc 6569984 44k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 14670905 6503" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 16987891 12k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 12480399 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 8675328 10969088 944k" $mnt/f2
xfs_io -c "fpunch 19210240 60k" $mnt/s1/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 1257472 36k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 4706304 8581120 12k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 15355904 36k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 5476352 12m" $mnt/s1/f1
xfs_io -f -c "falloc 13688832 14m" $mnt/f3
xfs_io -c "truncate 4292608" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 3478398 4436" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 2797568 5m" -c "fdatasync" $mnt/s1/f0
md5sum $mnt/f1
xfs_io -c "pwrite 3018752 4m" $mnt/f2
xfs_io -c "fzero 32935580 48k" $mnt/f2
xfs_io -c "pwrite -S 0x63 11190272 10445" $mnt/f0
xfs_io -c "truncate 21011338" $mnt/f0
xfs_io -c "falloc 21880832 44k" $mnt/f2
xfs_io -c "fzero -k 25307051 36k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f2 18849792 4460544 11177984" $mnt/s1/f1
xfs_io -c "fpunch 18063360 12k" $mnt/s1/f1
xfs_io -f -c "truncate 6415422" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f1 4608000 0 5349376" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 2218140 3103" $mnt/s1/f0
xfs_io -c "fpunch 4063232 80k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 3989504 4k" -c "fsync" $mnt/s1/g0
xfs_io -c "fpunch 8937472 224k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 552k 3104768 0" $mnt/s1/g0
xfs_io -c "fpunch 3317760 76k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/g0 2301952 10235904 8327168" $mnt/s1/f1
xfs_io -f -c "truncate 30359552" $mnt/s1/g1
xfs_io -c "truncate 14278656" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite 920k 236k" -c "fdatasync" $mnt/s1/g2
xfs_io -c "falloc 29765632 104k" $mnt/s2/f2
xfs_io -c "dedupe $mnt/f2 12992512 9977856 16k" $mnt/f2
xfs_io -c "falloc 16199680 10m" $mnt/f0
xfs_io -c "reflink $mnt/s1/f1 5017600 14454784 13553664" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 8572928 4k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g2 480k 12001280 396k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f0 2805760 17321984 4341760" $mnt/f3
xfs_io -c "pwrite -b 1m 1130496 3m" $mnt/s1/g2
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "fpunch 920k 56k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g2 120216 30199881 16k" $mnt/s2/f2
xfs_io -c "reflink $mnt/s1/f0 7065600 3371008 220k" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 6373376 4m" $mnt/s2/f0
