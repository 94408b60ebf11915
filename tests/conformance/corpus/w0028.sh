# extsim conformance workload, gen.py seed 28
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "truncate 3575808" $mnt/f0
xfs_io -c "pwrite -S 0x63 844759 6888" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 3899392 28k" $mnt/sv/g0
xfs_io -c "falloc -k 3825664 6837" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 3203072 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3215360 3141632 360k" $mnt/f0
xfs_io -c "pwrite -S 0x61 5406720 52k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 2465792 2449408 4k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 4374528 12k 1093632" $mnt/sv/g0
xfs_io -c "fpunch 1692069 16k" $mnt/sv/g0
sync
xfs_io -c "reflink $mnt/f0 1626112 2183168 3842048" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 3002368 2920448 404k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1396736 1572864 2539520" $mnt/sv/g0
xfs_io -c "falloc 3105767 100k" $mnt/sv/g0
xfs_io -c "falloc -k 7987200 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 3022848 44k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 3235835 16k" -c "fsync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 1691648 60k 20k" $mnt/f0
rm -f $mnt/s1/f0
xfs_io -c "fpunch 836k 64k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 608k 572k 124k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "fpunch 2519040 4k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 1302528 220k" $mnt/sv/g1
xfs_io -c "fzero -k 7593984 32k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 2125824 6377472 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 3383296 136k" $mnt/sv/g0
xfs_io -c "pwrite 659214 164k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 6254592 6270" $mnt/sv/g2
umount $mnt
mount $dev $mnt
