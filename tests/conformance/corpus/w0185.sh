# extsim conformance workload, gen.py seed 185 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd -b 1m 16207872 9m" -c "fsync" $mnt/f0
md5sum $mnt/f0
xfs_io -c "falloc 11620352 5m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2904064 48k" $mnt/f1
xfs_io -f -c "pwrite 12492800 24k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc -k 6193152 6m" $mnt/f0
xfs_io -c "falloc -k 7297377 9250" $mnt/f1
xfs_io -c "fpunch 512k 48k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 19480576 56k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f1 2220032 0 28k" $mnt/s1/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 1437234 44k" $mnt/f1
xfs_io -c "fpunch 2650112 3653" $mnt/f1
md5sum $mnt/s1/f0
rm $mnt/s1/f1
xfs_io -c "fzero 25042063 28k" $mnt/s1/f0
xfs_io -c "falloc 15192064 10m" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x61 11972608 212k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 4116480 16k" -c "fsync" $mnt/f2
rm $mnt/f1
sync
xfs_io -c "falloc 10391552 1m" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s1/g0 13471744 4915200 8k" $mnt/s2/f1
xfs_io -c "fpunch 3764224 48k" $mnt/f2
xfs_io -c "falloc -k 9043968 11m" $mnt/f2
xfs_io -c "falloc -k 24100864 240k" $mnt/s2/f0
touch $mnt/s2/g0
chattr +C $mnt/s2/g0
sync
xfs_io -c "fpunch 20598784 60k" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 15505586 236k" $mnt/s2/g0
