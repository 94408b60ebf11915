# extsim conformance workload, gen.py seed 352 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 -b 1m 19603456 4m" -c "fsync" $mnt/f0
xfs_io -c "falloc -k 17375232 2m" $mnt/f0
xfs_io -c "reflink $mnt/f0 21770240 9748480 1728512" $mnt/f0
xfs_io -c "pwrite -S 0x63 22642688 4160" -c "fdatasync" $mnt/f0
xfs_io -c "fzero 18812928 144k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 23420928 14m" $mnt/f0
xfs_io -c "reflink $mnt/f0 28069888 20k 6537216" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd -b 1m 9940992 15m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 21774336 32k" $mnt/sv/g1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/sv/g1 1589248 6844416 20221952" $mnt/sv/g1
xfs_io -c "fpunch 13332480 32k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 2547712 4849664 14991360" $mnt/sv/g0
xfs_io -c "falloc -k 25300992 40k" $mnt/s1/f0
xfs_io -c "falloc 6790181 228k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 21338808 176k" $mnt/s1/f0
xfs_io -c "truncate 28352512" $mnt/s1/f0
xfs_io -c "truncate 7997655" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 -b 1m 17829888 4m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 7944025 16k" $mnt/f0
xfs_io -c "falloc -k 3563520 4k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g1 14934016 0 12k" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 -b 1m 18665472 7m" $mnt/sv/g0
xfs_io -c "truncate 15568896" $mnt/s1/f0
xfs_io -c "falloc 10964992 3m" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 23842816 256k 8k" $mnt/s1/f0
xfs_io -c "falloc -k 5992448 28k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 9441280 6262784 6135808" $mnt/sv/g1
md5sum $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 4412591 48k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 15228928 28k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 3321856 6819840 13545472" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 -b 1m 14622720 2m" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g1 18440192 29585408 2072576" $mnt/f1
xfs_io -c "falloc 4923392 2m" $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 10375168 18915328 9080832" $mnt/f1
xfs_io -c "falloc -k 25296896 1m" $mnt/f1
rm -f $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "fpunch 19939328 48k" $mnt/sv/g0
