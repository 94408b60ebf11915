# extsim conformance workload, gen.py seed 1
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 384k 4k" $mnt/f0
xfs_io -c "fzero 8k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 32k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 884k 32k" $mnt/f1
xfs_io -c "fpunch 28k 172k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 120k 20k 8k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "reflink $mnt/f1 900k 1646592 3978" $mnt/s1/g0
rm $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 33439 52k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 -b 1m 713634 2m" $mnt/s1/g0
xfs_io -c "fpunch 2764800 1m" $mnt/s1/g0
xfs_io -c "fzero 436k 48k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 52k 0 37535" $mnt/s1/g0
xfs_io -c "fpunch 36k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1072921 12k" $mnt/f1
xfs_io -c "falloc 17038 24k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f0
chattr +C $mnt/f0
xfs_io -c "fpunch 1085030 28k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f1 36k 8k 4k" $mnt/f1
xfs_io -c "pwrite 1060864 32k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 16k 12k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x62 16k 36k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 700k 248k" $mnt/s1/g1
xfs_io -c "fpunch 40k 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1241088 10030" -c "fsync" $mnt/s1/g2
xfs_io -c "falloc 216k 6214" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/g1 240k 8k 32k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x63 776k 36k" $mnt/s1/g1
xfs_io -f -c "falloc -k 424k 52k" $mnt/s1/g3
umount $mnt
mount $dev $mnt
