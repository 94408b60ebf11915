# extsim conformance workload, gen.py seed 578
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 5795840 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 5718016 199" -c "fsync" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 4120576 7925760 1204224" $mnt/f1
xfs_io -c "pwrite -S 0xcd 4015997 16k" $mnt/f0
sync
xfs_io -c "fpunch 1785856 12k" $mnt/f0
xfs_io -c "fpunch 6172171 212k" $mnt/f1
xfs_io -c "truncate 4419584" $mnt/f0
xfs_io -c "pwrite -S 0x63 2686976 12057" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -f -c "pwrite -S 0x61 1029332 44k" $mnt/f1
xfs_io -c "pwrite -S 0x63 5569193 36k" $mnt/f1
xfs_io -c "falloc -k 6148096 1m" $mnt/f1
xfs_io -c "fpunch 7745536 60k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 2433024 840k 0" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 7032832 56k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 4972544 4k" $mnt/s1/f1
xfs_io -c "fzero 3702784 56k" $mnt/f1
rm $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 6930432 36k" $mnt/f1
xfs_io -c "fpunch 2506752 1121" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 8232960 16k" $mnt/f1
xfs_io -c "pwrite 4890442 48k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
md5sum $mnt/f1
xfs_io -c "dedupe $mnt/f1 1609728 4452352 32k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite 3524653 180k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 1961984 1945600 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 5369856 0 32k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 2850816 16k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1012k 5396" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 2056192 9078" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 4161536 3911680 790346" $mnt/s1/f0
xfs_io -c "falloc 2228224 28k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 8241152 496k 16k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 2203648 3538944 16k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 3756032 8k" -c "fsync" $mnt/f1
sync
xfs_io -c "dedupe $mnt/f1 1396736 4452352 52k" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 5992448 3256320 2867200" $mnt/s1/g0
xfs_io -c "falloc 1630208 2837" $mnt/s1/g0
xfs_io -c "falloc -k 3928748 7120" $mnt/f1
xfs_io -c "fdatasync" $mnt/s1/f0
sync
xfs_io -f -c "pwrite -S 0x63 2564096 6095" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 2232320 184k" $mnt/s1/g1
xfs_io -c "reflink $mnt/f1 4050944 5m 2686976" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1961984 5676" $mnt/s1/g0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 740k 9007104 6041600" $mnt/f1
xfs_io -f -c "reflink $mnt/s1/g2 1171456 6594560 24k" $mnt/s1/g2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fpunch 6926336 11031" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2863104 232k" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/s1/g2 0 1744896 0" $mnt/f0
xfs_io -c "truncate 4941763" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fpunch 3776512 56k" $mnt/s2/f0
xfs_io -c "pwrite -S 0xcd 9704443 204k" $mnt/s2/f1
sync
xfs_io -c "dedupe $mnt/s1/g0 5197824 5206016 12k" $mnt/s1/g0
xfs_io -c "falloc 8k 5429" $mnt/s2/f0
xfs_io -c "dedupe $mnt/f0 716k 0 4212675" $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x61 3617653 4k" $mnt/s2/g0
xfs_io -c "fpunch 308k 10575" $mnt/s1/g2
xfs_io -c "dedupe $mnt/f0 1306624 0 24k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s1/g0 3616768 0 2510848" $mnt/f0
xfs_io -c "pwrite -S 0x63 5496832 192k" $mnt/s1/g0
