# extsim conformance workload, gen.py seed 61 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 27209728 6m" $mnt/f0
xfs_io -c "fpunch 6156288 56k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 32907264 15m" $mnt/f0
sync
umount $mnt
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "truncate 36311040" $mnt/f0
xfs_io -c "pwrite 28383098 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 9058281 11242" $mnt/s1/f0
xfs_io -c "truncate 25058394" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 3657728 112k" $mnt/s1/f0
xfs_io -c "falloc 16305614 16k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 10231808 3m" -c "fsync" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/f0 14622720 25567232 7823360" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x61 16351772 8k" $mnt/s1/f0
xfs_io -c "falloc 4694016 20k" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s2/f0 7602176 5029888 12k" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/s2/f0 30072832 24272896 836k" $mnt/f1
xfs_io -c "reflink $mnt/f1 4198400 5963776 12k" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x62 36044800 4700" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 20836352 11251712 2863104" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f1 1888256 0 23244800" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f1 4767744 12k 20k" $mnt/f0
xfs_io -c "fpunch 21924245 4m" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x61 16420864 449" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 30535680 2m" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 9400320 8k" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f1 12k 0 16k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 412k 19202048 3219456" $mnt/s1/g0
sync
xfs_io -c "falloc -k 15163392 116k" $mnt/s2/f0
xfs_io -c "truncate 3330048" $mnt/f1
xfs_io -c "pwrite -S 0x63 23646208 52k" -c "fdatasync" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 2138112 36k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "pwrite -S 0x61 9195520 52k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "fpunch 24453120 4m" $mnt/f0
xfs_io -c "falloc -k 32100352 2m" $mnt/s1/g0
xfs_io -c "fzero -k 19525632 56k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite -S 0x61 -b 1m 22401024 6m" -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 14167781 2m" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 10457088 144k" $mnt/f3
xfs_io -c "reflink $mnt/s2/f0 15724544 12754944 3297280" $mnt/f2
xfs_io -c "fsync" $mnt/f0
md5sum $mnt/s2/f0
