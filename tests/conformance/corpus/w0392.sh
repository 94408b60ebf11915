# extsim conformance workload, gen.py seed 392
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x62 3366912 144k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 536k 1929216 12k" $mnt/f0
xfs_io -c "pwrite 2929135 2856" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x61 2970761 156k" -c "fsync" $mnt/f0
xfs_io -c "fpunch 2686976 8k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 220k 52k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 3506176 3276800 4k" $mnt/s1/f0
xfs_io -f -c "falloc -k 736211 40k" $mnt/s1/g0
md5sum $mnt/s1/f0
md5sum $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 6594778 40k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1228800 48k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 4468736 64k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 4757666 12k" $mnt/f2
xfs_io -c "reflink $mnt/f1 1249280 7008256 5390554" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f1 3129344 2027520 28k" $mnt/s1/f0
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x62 5857021 28k" $mnt/f3
xfs_io -c "reflink $mnt/f3 616k 3379200 2228224" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f2 1294336 8k 32k" $mnt/f0
xfs_io -c "falloc 3354624 4m" $mnt/f0
xfs_io -c "dedupe $mnt/s2/f2 532k 52k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 4263936 4k" $mnt/s1/g1
xfs_io -c "reflink $mnt/f1 2265088 6025216 3264512" $mnt/s1/f0
xfs_io -c "reflink $mnt/f1 1008k 6385664 5545984" $mnt/f1
xfs_io -f -c "falloc 3447477 52k" $mnt/s1/g2
xfs_io -f -c "pwrite 6492160 8k" $mnt/s1/f0
xfs_io -c "falloc -k 2908160 96k" $mnt/f3
rm $mnt/s2/f2
rm $mnt/f0
xfs_io -f -c "reflink $mnt/f0 180k 184k 8k" $mnt/f0
xfs_io -c "falloc -k 1118208 64k" $mnt/f2
xfs_io -c "pwrite -S 0x63 1130496 32k" $mnt/s1/g2
xfs_io -c "pwrite 4571136 76k" $mnt/s1/f0
xfs_io -c "falloc 689535 176k" $mnt/f2
xfs_io -c "fzero -k 4909029 8k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 6991872 24k" -c "fsync" $mnt/s1/g2
xfs_io -c "falloc -k 5481312 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 876k 64k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 2654208 188k" $mnt/f2
xfs_io -c "falloc 7651328 32k" $mnt/s1/g0
sync
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 4k 684k 4k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g0 640k 1323008 3457024" $mnt/s1/f0
xfs_io -c "falloc 5922816 28k" $mnt/f1
xfs_io -c "pwrite -S 0x63 832k 8k" $mnt/s1/g1
xfs_io -f -c "falloc 4059136 228k" $mnt/f4
sync
xfs_io -c "fpunch 1097728 148k" $mnt/f1
xfs_io -c "pwrite -S 0x61 98562 4k" $mnt/s1/g2
xfs_io -c "fsync" $mnt/s1/g2
xfs_io -f -c "pwrite -b 1m 1658880 4m" $mnt/f3
xfs_io -c "fpunch 7847936 60k" $mnt/f3
xfs_io -c "dedupe $mnt/s1/g2 6598656 32k 20k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/s2/f2 2449408 1523712 104k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 8216576 48k" $mnt/f5
rm -f $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 2600960 28k" $mnt/f2
xfs_io -c "falloc 3899392 192k" $mnt/s1/f0
