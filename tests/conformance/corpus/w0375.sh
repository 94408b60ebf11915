# extsim conformance workload, gen.py seed 375
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 748k 164k" $mnt/f0
xfs_io -c "truncate 304k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 36k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x63 364k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x62 306852 44k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1130496 100k" $mnt/f1
xfs_io -c "pwrite -S 0x62 732k 40k" -c "fdatasync" $mnt/f1
xfs_io -c "falloc 298576 52k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 12k 88k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x61 412k 8k" $mnt/f1
xfs_io -c "falloc -k 9180 48k" $mnt/f1
xfs_io -c "fpunch 340k 4k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 364k 1527808 12k" $mnt/f2
xfs_io -c "falloc -k 792k 52k" $mnt/f1
xfs_io -c "falloc 1638400 2m" $mnt/f0
md5sum $mnt/f1
xfs_io -c "reflink $mnt/f1 960k 1245184 132k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 464k 1016k 60k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1799606 60k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 1970176 9659" $mnt/f0
xfs_io -c "falloc -k 592k 20k" $mnt/f1
sync
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 1417216 44k" -c "fdatasync" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x61 876k 112k" -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/s1/f1 1376256 992k 8k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f2 68k 0 1795510" $mnt/f1
xfs_io -c "pwrite -S 0x61 444k 36k" $mnt/f2
xfs_io -c "fzero -k 52k 64k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f2 900k 1187840 616k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 624k 3547136 1368064" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 420k 28k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 304k 16k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x62 524k 3806" $mnt/f0
xfs_io -c "pwrite -S 0x63 880k 3071" $mnt/f2
