# extsim conformance workload, gen.py seed 225
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 6160384 104k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1794048 56k" $mnt/f0
xfs_io -c "truncate 5873591" $mnt/f0
xfs_io -c "falloc 2445312 4k" $mnt/f0
xfs_io -c "fpunch 4833280 3m" $mnt/f0
md5sum $mnt/f0
xfs_io -c "fzero -k 3543040 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 2215936 72k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4190208 56k 24k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 6496256 6886" $mnt/f0
xfs_io -c "dedupe $mnt/f0 6410240 0 96998" $mnt/f0
xfs_io -c "pwrite 4k 36k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3198976 3543040 3312358" $mnt/f0
xfs_io -c "dedupe $mnt/f0 6488064 6369280 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2803373 20k" $mnt/f0
xfs_io -c "falloc 5906432 5709" $mnt/f0
xfs_io -c "truncate 4472832" $mnt/f0
xfs_io -f -c "pwrite 4362240 32k" $mnt/f1
xfs_io -c "truncate 832k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 3358720 56k 24k" $mnt/f0
xfs_io -c "falloc -k 212192 2584" $mnt/f1
xfs_io -c "falloc -k 4726784 20k" $mnt/f0
xfs_io -c "truncate 360986" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 354339 6224" $mnt/f1
xfs_io -c "falloc -k 4266134 44k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc -k 3313664 40k" $mnt/f0
xfs_io -c "reflink $mnt/f1 208k 3940352 160282" $mnt/f0
xfs_io -c "falloc 1101404 52k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2338816 8327168 1724416" $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 728k 716k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 8609792 80k 28k" $mnt/f1
xfs_io -f -c "truncate 6828732" $mnt/f2
xfs_io -f -c "falloc -k 5914624 12k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 36k 84k 16k" $mnt/f1
xfs_io -c "pwrite -S 0x63 7573504 24k" $mnt/f3
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 384k 32k" $mnt/f4
xfs_io -c "pwrite -S 0x63 1265664 9310" $mnt/f0
xfs_io -c "falloc 7909376 6424" $mnt/f4
xfs_io -c "pwrite -S 0x63 7258790 4k" -c "fsync" $mnt/f0
xfs_io -c "truncate 3149824" $mnt/f0
xfs_io -c "falloc 280k 128k" $mnt/f1
xfs_io -c "falloc 7680000 20k" $mnt/f3
xfs_io -c "dedupe $mnt/f4 7651328 100k 24k" $mnt/f0
rm $mnt/f3
xfs_io -c "pwrite -S 0x63 3376743 200k" $mnt/f4
xfs_io -c "fsync" $mnt/f4
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 1814528 156k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 4214784 52k" $mnt/f0
xfs_io -f -c "truncate 3603568" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 3063808 232k" -c "fdatasync" $mnt/f5
xfs_io -f -c "reflink $mnt/f3 680k 2523136 2740224" $mnt/f6
xfs_io -c "fpunch 124k 36k" $mnt/f2
xfs_io -c "pwrite -S 0x63 3416370 722" $mnt/f0
xfs_io -c "truncate 264k" $mnt/f1
xfs_io -f -c "falloc -k 1732608 24k" $mnt/f7
md5sum $mnt/f5
xfs_io -c "reflink $mnt/f1 132k 2375680 136k" $mnt/f5
xfs_io -c "reflink $mnt/f0 1056768 232k 1290240" $mnt/f1
xfs_io -c "truncate 936k" $mnt/f3
xfs_io -c "falloc 2850816 56k" $mnt/f0
xfs_io -c "falloc -k 609825 96k" $mnt/f7
xfs_io -c "falloc 5431296 5709" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 1728512 48k" $mnt/f0
