# extsim conformance workload, gen.py seed 6151 --drop-caches 0.08 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 18399232 20k" $mnt/f0
xfs_io -c "truncate 9559491" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 7012352 104k" $mnt/f0
xfs_io -f -c "falloc -k 33312768 28k" $mnt/f1
xfs_io -f -c "pwrite -b 1m 24879104 12m" -c "fsync" $mnt/f1
xfs_io -c "fpunch 13697024 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 13565952 152k" $mnt/f1
xfs_io -c "truncate 17510400" $mnt/f1
xfs_io -c "pwrite -S 0x61 8304562 16k" -c "fsync" $mnt/f1
sync
rm -f $mnt/f0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 4669440 56k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 30658560 10056" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 19136512 15m" $mnt/f2
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f0 2519040 28000256 18255872" $mnt/f0
xfs_io -c "truncate 14614528" $mnt/f0
xfs_io -c "pwrite -S 0xcd 6374465 112k" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f0 4874240 13242368 7602176" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 21585920 92k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "falloc 3563520 10749" $mnt/f1
xfs_io -c "reflink $mnt/f2 21250048 11567104 5672960" $mnt/f2
xfs_io -c "fdatasync" $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f2 8998912 0 25870336" $mnt/f0
xfs_io -c "fzero 13119488 4m" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 -b 1m 14725120 6m" -c "fdatasync" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f1
echo 2 > /proc/sys/vm/drop_caches
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -f -c "reflink $mnt/f1 15798272 1200128 980k" $mnt/f3
xfs_io -c "falloc 14246549 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 15818752 2m" $mnt/f0
xfs_io -f -c "pwrite 21639168 112k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 5619712 8656" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f1 8429568 32k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 1273856 5349376 108k" $mnt/s1/f0
xfs_io -c "falloc -k 6144000 11m" $mnt/f2
xfs_io -c "dedupe $mnt/f2 7532544 40k 24k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f2 13484032 22831104 12554240" $mnt/s1/g1
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/f2
sync
xfs_io -c "reflink $mnt/s1/g0" $mnt/s1/f2
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 10219520 56k" $mnt/f0
xfs_io -c "falloc -k 9216000 12m" $mnt/f0
xfs_io -c "reflink $mnt/f3 3046968 26423296 64k" $mnt/f0
xfs_io -c "fpunch 32874496 60k" $mnt/s1/f1
