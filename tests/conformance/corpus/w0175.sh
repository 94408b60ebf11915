# extsim conformance workload, gen.py seed 175 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 32555008 12177" $mnt/f0
xfs_io -c "dedupe $mnt/f0 25464832 25456640 32k" $mnt/f0
xfs_io -c "fpunch 31240192 8k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 24588288 13m" $mnt/f0
xfs_io -c "fpunch 18707266 2m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 7675904 0 30547968" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 8146944 2m" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 28254208 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 22652129 28598272 224k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 544k 32k 4k" $mnt/f0
xfs_io -f -c "falloc 32088064 5m" $mnt/f2
xfs_io -c "truncate 16809984" $mnt/f2
xfs_io -c "dedupe $mnt/f2 14245888 56k 20k" $mnt/f0
xfs_io -c "falloc 8466432 12m" $mnt/f1
xfs_io -c "falloc 809516 13m" $mnt/f1
xfs_io -c "pwrite -S 0x62 17412096 8457" $mnt/f1
xfs_io -c "falloc 23687168 13m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 19304448 24k" $mnt/f1
xfs_io -c "pwrite -S 0xcd -b 1m 2592768 13m" $mnt/f2
xfs_io -c "dedupe $mnt/f1 2183168 40k 8k" $mnt/f0
xfs_io -c "falloc 12984214 14m" $mnt/f1
xfs_io -c "falloc 6156288 8m" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x62 8216576 8k" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 23801856 168k" $mnt/f2
xfs_io -c "falloc -k 11218944 4m" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 6422528 12m" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 12546048 10m" $mnt/f0
xfs_io -c "pwrite 22155264 28k" $mnt/f2
xfs_io -c "reflink $mnt/f2 3121152 28790784 13611008" $mnt/f0
xfs_io -c "dedupe $mnt/f1 12554240 6447104 16k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 19955712 48k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 31502336 4661248 3117056" $mnt/f1
sync
xfs_io -c "pwrite -S 0x63 17907712 164k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 10244096 32911360 20k" $mnt/f0
xfs_io -c "falloc 11837440 44k" $mnt/f1
xfs_io -c "reflink $mnt/f1 26906624 16539648 568k" $mnt/f2
xfs_io -f -c "pwrite 32636928 3m" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd -b 1m 18690048 10m" $mnt/f1
xfs_io -c "pwrite -S 0x61 648k 44k" $mnt/f3
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "fzero -k 7303168 92k" $mnt/f0
xfs_io -c "fzero -k 7168000 72k" $mnt/f2
xfs_io -c "falloc -k 9933404 16m" $mnt/f1
xfs_io -c "reflink $mnt/f1 20377600 12996608 5332992" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 6402048 56k" -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f2
sync
