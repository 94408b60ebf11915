# extsim conformance workload, gen.py seed 258
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 6389760 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1310720 56k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1130496 1310720 8k" $mnt/f1
xfs_io -c "falloc 1012k 44k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 2875392 60k" -c "fdatasync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 756k 2521" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f0 4481620 44k 36k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1008k 5427200 88k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 944k 6190" $mnt/f1
xfs_io -c "falloc -k 824k 32k" $mnt/f1
xfs_io -f -c "truncate 548k" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 1392640 244k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 6234112 12k" $mnt/f1
xfs_io -c "pwrite -S 0x63 6364271 56k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f2 92k 1077248 32k" $mnt/f1
xfs_io -c "fsync" $mnt/f2
rm $mnt/f2
xfs_io -c "fpunch 2389419 12k" $mnt/f0
xfs_io -c "falloc -k 2027520 12k" $mnt/f0
xfs_io -c "fpunch 1372160 8700" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 5844992 40k" $mnt/f0
xfs_io -c "falloc 3984082 20k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 1208320 3915776 400k" $mnt/f0
xfs_io -c "fpunch 2711496 216k" $mnt/f1
xfs_io -c "pwrite -S 0x63 8228864 32k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g0 528k 64k 12k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "truncate 8355840" $mnt/f1
xfs_io -c "reflink $mnt/f1 3256320 7737344 340k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 1912832 0 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 5165056 60k 8k" $mnt/f0
xfs_io -c "truncate 3895174" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1523712 16k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 692k 124k 844k" $mnt/sv/g0
xfs_io -c "truncate 1078180" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f1 996k 60k 4k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 503617 232k" $mnt/sv/g0
xfs_io -c "fpunch 1348351 1m" $mnt/f0
xfs_io -c "falloc -k 4993024 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5554176 60k 32k" $mnt/f0
xfs_io -c "fzero 3428352 60k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd -b 1m 2199552 1m" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f0 2199552 0 16k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 3055616 3305472 843654" $mnt/f2
xfs_io -c "falloc 5177344 44k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 5533696 20k" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 6656000 48k" $mnt/f2
xfs_io -c "truncate 1536000" $mnt/f0
xfs_io -f -c "reflink $mnt/sv/g0 2314240 1200128 556k" $mnt/sv/g2
xfs_io -c "falloc 5210112 32k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 2330624 3571712 16k" $mnt/f1
xfs_io -c "pwrite -S 0x63 3747840 32k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x61 4001057 156k" $mnt/f2
xfs_io -c "reflink $mnt/f2 2031616 244k 920k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 852k 52k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "fpunch 528k 92k" $mnt/sv/g1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0xcd 808k 232k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 2330624 4775936 512k" $mnt/s1/f2
rm $mnt/f2
xfs_io -f -c "reflink $mnt/sv/g0 4153344 3063808 612k" $mnt/s1/g0
