# extsim conformance workload, gen.py seed 52 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 1m 27713536 12m" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 15474688 32784384 24829952" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 26505216 204k" -c "fsync" $mnt/f1
xfs_io -c "falloc 28631040 28k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 5849088 13426688 8630272" $mnt/f0
xfs_io -c "truncate 14315520" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 8015872 240k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 -b 1m 708k 5m" $mnt/f0
xfs_io -c "reflink $mnt/f0 12484608 10345435 3m" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 22945792 7m" $mnt/f1
xfs_io -c "fpunch 22827008 3651" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/f0 14114816 21999616 156k" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "reflink $mnt/f1 7012352 3858432 3919872" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 12783616 10m" $mnt/f2
xfs_io -c "reflink $mnt/f1 19419136 13189120 3149824" $mnt/f0
xfs_io -c "pwrite -S 0x61 11841328 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 14004224 12988416 2039808" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc 22044672 232k" $mnt/f2
xfs_io -c "truncate 9210522" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 29606699 64k" $mnt/f0
xfs_io -c "fpunch 19240140 7236" $mnt/f1
xfs_io -c "pwrite 7074158 4139" -c "fsync" $mnt/f2
xfs_io -c "dedupe $mnt/f2 1785856 4706304 4m" $mnt/f0
rm -f $mnt/f2
xfs_io -c "pwrite -S 0xcd -b 1m 11354112 11m" $mnt/f1
xfs_io -c "falloc -k 17539072 9m" $mnt/f0
xfs_io -c "truncate 816k" $mnt/f1
xfs_io -c "falloc 2449558 13m" $mnt/f0
xfs_io -c "reflink $mnt/f0 5324800 476k 5533696" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 2822144 80k" $mnt/f1
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 14412637 27402240 3880" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 932k 11m" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
