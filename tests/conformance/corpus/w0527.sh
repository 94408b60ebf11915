# extsim conformance workload, gen.py seed 527
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 541354 64k" $mnt/f0
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fzero 5869284 64k" $mnt/f0
sync
xfs_io -c "fzero -k 208k 3981" $mnt/s1/f0
xfs_io -f -c "truncate 48k" $mnt/f1
xfs_io -f -c "falloc -k 4833280 64k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 1982464 12k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 448k 36k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 2269184 228k" $mnt/f1
sync
xfs_io -c "reflink $mnt/f0 3891200 7688192 192k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 2064384 20k" $mnt/f0
xfs_io -c "pwrite -S 0x62 5191604 8k" -c "fdatasync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 3895296 144k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 2936832 84k 4055040" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 8237056 44k" $mnt/f1
xfs_io -c "reflink $mnt/s1/g0 3850240 1785856 284k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 3223552 3973120 52k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 3768320 3026944 4128768" $mnt/s1/f0
xfs_io -c "truncate 4526080" $mnt/s1/f0
xfs_io -c "falloc 3174400 10812" $mnt/s1/f0
xfs_io -c "truncate 1142784" $mnt/f1
xfs_io -c "dedupe $mnt/f0 784k 0 5136100" $mnt/f1
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 1372618 68k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 3878912 48k 8k" $mnt/f0
xfs_io -c "pwrite 2949120 64k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "truncate 3289088" $mnt/f0
xfs_io -c "pwrite -S 0x61 308k 20k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 264k 4984832 3031040" $mnt/s1/g0
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f1 1004k 692k 148k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fpunch 7790592 220k" $mnt/f1
rm $mnt/f1
xfs_io -c "pwrite -S 0xcd 700k 48k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f0 604k 0 3911680" $mnt/f0
xfs_io -f -c "falloc 7852097 32k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/f0 988k 928k 1753088" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 4775936 3485696 20k" $mnt/s1/f0
xfs_io -c "truncate 4516928" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g1 1753088 4124672 8k" $mnt/s1/g0
sync
xfs_io -c "fpunch 1021510 56k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 3026944 932k 596k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 756k 44k" $mnt/f0
xfs_io -c "fpunch 1335296 11303" $mnt/f0
xfs_io -c "pwrite -S 0x62 2371584 20k" $mnt/f0
