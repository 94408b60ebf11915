# extsim conformance workload, gen.py seed 285
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "truncate 804k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 4579328 5947" $mnt/f0
md5sum $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x61 748k 244k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 4677632 48k" $mnt/sv/g0
xfs_io -c "fpunch 3444940 92k" $mnt/f0
xfs_io -c "falloc -k 2957312 24k" $mnt/f0
xfs_io -c "fpunch 3366912 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 72k 0 24k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 1662976 32k" $mnt/sv/g0
touch $mnt/f1
chattr +C $mnt/f1
rm $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 3670016 12k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3469312 2400256 236k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 0 3141632 16k" $mnt/f0
xfs_io -c "fzero -k 2412544 11001" $mnt/f0
xfs_io -c "falloc 10725 212k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 7512064 48k" $mnt/f0
xfs_io -c "reflink $mnt/f1 0 5230592 4k" $mnt/f1
xfs_io -c "falloc 6430720 120k" $mnt/f0
xfs_io -c "pwrite -S 0x61 5501721 28k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "pwrite -S 0x62 864k 36k" $mnt/f1
xfs_io -c "falloc 6995968 12137" $mnt/f0
rm $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
sync
xfs_io -c "truncate 1413120" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 1167360 1150976 248k" $mnt/f0
xfs_io -c "fpunch 304k 40k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 216k 0 1196032" $mnt/f0
xfs_io -c "dedupe $mnt/f0 72k 8k 12k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0xcd 1273856 4k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 376k 1114112 1008k" $mnt/f0
xfs_io -c "pwrite -S 0x61 7274496 36k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 7540736 7553024 24k" $mnt/f0
xfs_io -c "truncate 124k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -f -c "pwrite -S 0x61 4595712 64k" $mnt/f1
xfs_io -f -c "truncate 6512640" $mnt/f2
xfs_io -c "dedupe $mnt/f2 4661248 0 16k" $mnt/f2
xfs_io -c "reflink $mnt/f0 52k 1642496 20k" $mnt/f1
xfs_io -f -c "falloc 5185536 52k" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/f1 664k 2m 3313664" $mnt/sv/g0
umount $mnt
mount $dev $mnt
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "truncate 3073472" $mnt/f2
xfs_io -c "fzero -k 6537216 132k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 2367488 60k" $mnt/f3
xfs_io -c "fpunch 3379590 52k" $mnt/s2/g0
xfs_io -c "reflink $mnt/f0 24k 64k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1769472 16k" -c "fdatasync" $mnt/f2
