# extsim conformance workload, gen.py seed 264
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 5496832 11916" $mnt/f0
xfs_io -c "reflink $mnt/f0 192k 2310144 3547136" $mnt/f0
xfs_io -c "pwrite -S 0x61 2224128 36k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1073152 3510272 4447884" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 5038080 24k" -c "fdatasync" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 4112384 504k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f1 4k 4005888 8k" $mnt/f2
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "dedupe $mnt/f2 1404928 1413120 12k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 2535424 0 2977420" $mnt/f0
xfs_io -c "reflink $mnt/f2 4567040 4878336 176k" $mnt/f2
xfs_io -c "reflink $mnt/f2" $mnt/f0
xfs_io -c "falloc -k 3260220 493" $mnt/f0
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fpunch 2588672 56k" $mnt/f0
xfs_io -f -c "pwrite 5652480 12k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "fzero 3727467 3087" $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 0 7630848 4k" $mnt/f0
xfs_io -c "fpunch 1118208 32k" $mnt/f0
xfs_io -c "falloc 5656576 52k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g0 2752512 36k 4k" $mnt/f0
xfs_io -c "fpunch 7486652 56k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 4997120 20k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 2633728 1974272 100k" $mnt/sv/g0
xfs_io -c "falloc -k 5636403 10450" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f2
rm -f $mnt/s1/f1
xfs_io -c "reflink $mnt/sv/g0 1339392 8138752 3313664" $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 2822144 7876608 0" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "dedupe $mnt/sv/g0 4390912 0 7065600" $mnt/f1
xfs_io -c "pwrite 384k 104k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f1 0 4206592 4k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f2 4792320 376k 120k" $mnt/f1
xfs_io -c "fpunch 5699393 64k" $mnt/f0
xfs_io -c "pwrite -S 0x62 4009984 60k" -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 3967200 36k" $mnt/sv/g1
xfs_io -f -c "falloc 5419008 32k" $mnt/sv/g2
xfs_io -c "reflink $mnt/f0 9703424 5922816 492k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f2 2019328 60k 24k" $mnt/f0
xfs_io -c "fpunch 892k 52k" $mnt/sv/g0
xfs_io -c "falloc 2969600 252k" $mnt/sv/g1
xfs_io -c "pwrite 1122304 36k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g0 4079616 0 7376896" $mnt/sv/g0
xfs_io -f -c "falloc 3846144 48k" $mnt/f3
xfs_io -c "fdatasync" $mnt/sv/g2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f2 4636672 64k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 7268126 10089" $mnt/f3
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -f -c "pwrite 7610368 10479" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 4399104 248k" $mnt/f1
xfs_io -c "pwrite -S 0x61 10612736 36k" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s3
xfs_io -f -c "pwrite -S 0x63 3354624 212k" $mnt/sv/g0
sync
rm $mnt/sv/g0
xfs_io -f -c "falloc 3479156 60k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/s3/g1 3063808 52k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 4734976 40k" $mnt/s2/g3
