# extsim conformance workload, gen.py seed 581 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 -b 1m 2240512 10m" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 9281642 56k" $mnt/f0
xfs_io -c "pwrite -S 0x63 4026252 140k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 6467584 12m" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 8818688 15949824 2764800" $mnt/f0
xfs_io -c "truncate 13107200" $mnt/f0
xfs_io -c "fzero 9895936 20k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -b 1m 15532032 10m" $mnt/f1
xfs_io -c "reflink $mnt/f1 5087232 14172160 4538368" $mnt/f1
xfs_io -c "dedupe $mnt/f0 11677696 13058048 16k" $mnt/f1
xfs_io -f -c "reflink $mnt/f2 22097920 22089728 12k" $mnt/f2
xfs_io -c "truncate 22610408" $mnt/f1
xfs_io -c "reflink $mnt/f1 9850880 6275072 2351104" $mnt/f0
xfs_io -c "falloc 11784192 56k" $mnt/f0
xfs_io -c "falloc 964k 12k" $mnt/f2
xfs_io -c "pwrite -S 0x63 30410304 8588" $mnt/f1
xfs_io -c "reflink $mnt/f0 2330624 17059840 10784768" $mnt/f0
xfs_io -c "pwrite -S 0x61 2904064 56k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 444k 10m" -c "fdatasync" $mnt/f2
chattr +C $mnt/f2
xfs_io -c "falloc 19197952 64k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 -b 1m 6033408 8m" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -b 1m 17068032 3m" $mnt/f3
xfs_io -c "dedupe $mnt/f1 4472832 7073792 8k" $mnt/f3
md5sum $mnt/f1
xfs_io -f -c "reflink $mnt/f1 6995968 2875392 3276800" $mnt/f4
xfs_io -c "falloc 5935104 9m" $mnt/f2
xfs_io -c "pwrite 6211185 28k" $mnt/f4
sync
xfs_io -f -c "pwrite -S 0x61 10952733 48k" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 19841024 20k" $mnt/f6
xfs_io -c "pwrite -S 0x62 -b 1m 19582976 1m" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 5343135 28k" $mnt/f1
rm $mnt/s1/f5
sync
xfs_io -c "pwrite -S 0x62 -b 1m 1265664 14m" $mnt/f0
md5sum $mnt/s1/f0
xfs_io -c "dedupe $mnt/f4 76k 0 6166129" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 28405341 2m" $mnt/s1/f3
xfs_io -c "dedupe $mnt/f0 5599232 28405760 24k" $mnt/s1/f3
xfs_io -f -c "falloc 13627392 11m" $mnt/f7
xfs_io -f -c "pwrite -b 1m 13336576 6m" -c "fdatasync" $mnt/s1/f1
xfs_io -c "pwrite 4644864 7143" $mnt/f3
xfs_io -c "pwrite -S 0x63 -b 1m 5169152 2m" $mnt/s1/f0
xfs_io -f -c "pwrite 17870848 140k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f7 9117696 19210240 12k" $mnt/s1/f6
xfs_io -f -c "pwrite -S 0x63 26382336 60k" -c "fdatasync" $mnt/f2
xfs_io -c "reflink $mnt/f7 17911808 13467648 232k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f1 25874432 6412573 28k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 24932352 588" $mnt/f2
xfs_io -c "reflink $mnt/f2" $mnt/f5
sync
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "falloc -k 6115328 13m" $mnt/f5
xfs_io -c "dedupe $mnt/s1/f6 11853824 0 28k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 1630208 5211" $mnt/s1/f1
xfs_io -c "falloc 4640768 12m" $mnt/s2/f2
xfs_io -c "reflink $mnt/f6 17981440 8056832 204k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 5382144 28k" -c "fsync" $mnt/s2/f0
xfs_io -f -c "pwrite -b 1m 7315456 12m" $mnt/s2/g0
xfs_io -c "fpunch 26148864 40k" $mnt/f2
xfs_io -c "pwrite -S 0x62 -b 1m 16494592 14m" $mnt/s1/f6
sync
xfs_io -c "pwrite -S 0x62 396k 12k" $mnt/f1
