# extsim conformance workload, gen.py seed 6086 --drop-caches 0.08 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 -b 1m 8056832 2m" -c "fsync" $mnt/sv/g0
sync
xfs_io -c "falloc -k 16460624 7229" $mnt/sv/g0
xfs_io -c "falloc 3272704 1m" $mnt/sv/g0
xfs_io -c "truncate 3047424" $mnt/sv/g0
sync
echo 3 > /proc/sys/vm/drop_caches
sync
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 1626112 208k" $mnt/sv/g0
chattr +C $mnt/sv/g0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite 464k 76k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "fpunch 832k 56k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 3067904 11945" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 2523136 44k 16k" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 856k 24k 24k" $mnt/f0
rm $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite 1572864 44k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 2363392 2371584 20k" $mnt/sv/g0
xfs_io -c "falloc 20508672 6m" $mnt/sv/g0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0xcd 16400384 16k" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "falloc 21833624 4m" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 24535040 40k 8k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 12816384 64k 24k" $mnt/sv/g0
xfs_io -c "fzero 14000128 152k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 9515008 20k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 13963264 24k" $mnt/sv/g0
xfs_io -c "fpunch 27308032 4k" $mnt/sv/g0
sync
xfs_io -f -c "pwrite -S 0x63 10620928 84k" $mnt/sv/g0
xfs_io -c "falloc 1122304 124k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 23580672 20k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 2011136 2m" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 26353664 40k" -c "fsync" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 19005440 4m" -c "fdatasync" $mnt/s1/g0
xfs_io -c "reflink $mnt/sv/g0 3723264 4898816 14667776" $mnt/sv/g0
xfs_io -c "fzero -k 26024458 160k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 13611008 24k" $mnt/s1/g0
xfs_io -f -c "falloc 4953146 9m" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
md5sum $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 -b 1m 22642688 14m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 21995520 160k" $mnt/s1/g0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -r -c "fiemap -v" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/sv/g0 4616192 952k 8k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 14098432 19116032 20k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 -b 1m 6144000 10m" $mnt/f0
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 -b 1m 188k 10m" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 27992064 0 9334784" $mnt/sv/g0
sync
