# extsim conformance workload, gen.py seed 406
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 2199552 88k" $mnt/f0
xfs_io -f -c "pwrite 712k 12k" $mnt/f0
xfs_io -c "falloc 1683456 60k" $mnt/f0
xfs_io -f -c "pwrite 1384448 88k" $mnt/f0
xfs_io -c "reflink $mnt/f0 376k 500k 1216512" $mnt/f0
xfs_io -c "pwrite -S 0x63 1921024 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1384448 1m" $mnt/f0
xfs_io -c "falloc 968k 168k" $mnt/f0
chattr +C $mnt/f0
rm $mnt/f0
xfs_io -f -c "falloc 2954410 44k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 360k 2297856 2142208" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2781184 3966" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 3884065 96k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g0 2228224 16k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 4763648 48k" -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 5562368 36k" -c "fdatasync" $mnt/f2
touch $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -f -c "pwrite -S 0xcd 7831552 176k" $mnt/sv/g1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite 7761920 52k" -c "fdatasync" $mnt/sv/g1
xfs_io -f -c "falloc -k 8249344 36k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f2 3842048 4550656 692k" $mnt/f3
xfs_io -c "falloc -k 416k 216k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 2330624 3276800 336k" $mnt/sv/g1
xfs_io -c "fzero -k 1548288 52k" $mnt/f3
xfs_io -c "dedupe $mnt/sv/g1 448k 460k 20k" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f2 5132288 4k 4k" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "dedupe $mnt/f0 768k 4k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 6942720 16k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 1257472 9208" -c "fsync" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s1/f1 1572864 0 2413601" $mnt/s2/g1
xfs_io -c "pwrite 860k 52k" -c "fsync" $mnt/f2
touch $mnt/sv/g2
chattr +C $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x63 7028962 64k" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd 2949120 16k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 3342336 780k 3428352" $mnt/f2
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 3997696 1519616 3821568" $mnt/sv/g1
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "reflink $mnt/sv/g2 0 2748416 4k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x62 7290880 40k" $mnt/sv/g1
