# extsim conformance workload, gen.py seed 364 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 -b 1m 12890112 6m" $mnt/f0
xfs_io -c "falloc -k 17879040 108k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 6258688 10083" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 31956992 1m" $mnt/f0
xfs_io -c "falloc -k 30607710 4685" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 17477632 10m" $mnt/f1
xfs_io -c "falloc -k 24178688 44k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f0 19132416 12894208 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 16629760 28k" $mnt/f0
xfs_io -c "reflink $mnt/f1 18878464 21610496 9097216" $mnt/f1
xfs_io -c "falloc -k 4780032 104k" $mnt/f0
xfs_io -f -c "reflink $mnt/f2 1359872 1368064 16k" $mnt/f2
xfs_io -c "pwrite -b 1m 18141184 15m" $mnt/f0
xfs_io -c "falloc 14155776 60k" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc 27525572 6748" $mnt/f0
xfs_io -f -c "pwrite 4341760 16k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 10428416 0 23445504" $mnt/f0
xfs_io -c "pwrite -S 0x63 1908736 64k" -c "fsync" $mnt/f2
xfs_io -c "pwrite -S 0x61 3952640 8353" -c "fsync" $mnt/f2
rm $mnt/f1
xfs_io -f -c "pwrite -b 1m 31170560 2m" $mnt/f0
xfs_io -c "pwrite -S 0x62 1785856 28k" $mnt/f2
xfs_io -c "truncate 11500658" $mnt/f2
xfs_io -c "truncate 15011840" $mnt/f0
xfs_io -c "reflink $mnt/f0 25481216 25473024 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 10100736 52k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f2 6434816 3420160 0" $mnt/f0
xfs_io -c "fsync" $mnt/f2
xfs_io -c "pwrite -b 1m 1105920 6m" $mnt/f2
xfs_io -c "pwrite -S 0x63 7382525 16k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f2 10657792 1376256 20k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 9213914 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 14016512 9625600 944k" $mnt/f2
xfs_io -f -c "reflink $mnt/f2 6586368 17432576 72k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 5926912 2322432 28k" $mnt/f0
xfs_io -c "fpunch 13516800 16k" $mnt/f1
xfs_io -c "reflink $mnt/f0 3731456 26415104 11284480" $mnt/f1
xfs_io -c "reflink $mnt/f1 1093632 14499840 11517952" $mnt/f1
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 16678912 12m" $mnt/f1
xfs_io -c "pwrite -S 0x61 9416064 32k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 10612736 3170304 6979" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 -b 1m 9801728 5m" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x62 11048705 100k" $mnt/f3
xfs_io -c "pwrite -S 0x61 -b 1m 4145152 10m" $mnt/f2
xfs_io -c "pwrite -S 0x62 -b 1m 31535104 8m" $mnt/s1/f2
xfs_io -c "pwrite -S 0x61 -b 1m 520k 12m" $mnt/f0
xfs_io -c "reflink $mnt/f3" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 28896677 8841" $mnt/s1/f2
rm $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f1 10416128 10104832 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 12509184 9m" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 3780608 108k" $mnt/f0
xfs_io -c "truncate 12800000" $mnt/f1
xfs_io -c "truncate 29301839" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x61 -b 1m 23928832 10m" $mnt/s1/g0
xfs_io -c "fpunch 22953984 84k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f2 11841536 0 17464399" $mnt/f1
xfs_io -c "fpunch 9560064 208k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 10891264 164k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 -b 1m 76k 6m" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/g0 33259520 560k 8k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 13449040 16k" $mnt/s1/f1
xfs_io -c "pwrite -S 0xcd 12252879 32k" $mnt/f2
xfs_io -f -c "reflink $mnt/s1/f1 7663616 20094976 21106688" $mnt/s1/g2
xfs_io -c "falloc 5251072 240k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f1 612k 0 28639232" $mnt/f3
xfs_io -c "pwrite -S 0x63 -b 1m 6262784 2m" $mnt/f0
xfs_io -c "pwrite -S 0x63 6873088 32k" $mnt/s1/f2
xfs_io -c "fpunch 31199232 52k" $mnt/s1/f1
