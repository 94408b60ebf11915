# extsim conformance workload, gen.py seed 434 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 29073408 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 3117056 9m" -c "fsync" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0 27389952 27348992 1327104" $mnt/f0
xfs_io -c "pwrite -S 0xcd 9507150 52k" $mnt/f0
xfs_io -c "fpunch 7143424 120k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd -b 1m 3813376 4m" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 7741440 28692480 972k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 19906560 4m" $mnt/f0
sync
xfs_io -c "truncate 3117056" $mnt/f0
md5sum $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 847830 120k" $mnt/f0
xfs_io -c "truncate 13631743" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 9322496 60k 12k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x63 8114176 2988" $mnt/f0
xfs_io -c "fpunch 23109632 16k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 20099072 5m" $mnt/f1
chattr +C $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x61 27521024 48k" $mnt/s2/f1
sync
xfs_io -c "falloc -k 9052160 4m" $mnt/f1
xfs_io -f -c "reflink $mnt/s2/f0 6336512 31383552 7299327" $mnt/f2
xfs_io -c "pwrite -S 0xcd -b 1m 8613888 6m" -c "fsync" $mnt/s2/f0
xfs_io -c "reflink $mnt/f0 1343488 32604160 10686464" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s2/f0 5152768 1462272 40k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "fdatasync" $mnt/s2/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 13221888 4451" $mnt/s2/f0
xfs_io -r -c "fiemap -v" $mnt/s2/f1
xfs_io -c "fpunch 982056 24k" $mnt/s2/f1
xfs_io -c "pwrite -S 0x63 10197373 28k" $mnt/f2
xfs_io -c "falloc 38255351 40k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 -b 1m 36294656 11m" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 -b 1m 47607808 8m" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s1/f0 13332480 0 20k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 -b 1m 20774912 10m" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 3395584 13m" $mnt/s2/g1
umount $mnt
mount $dev $mnt
