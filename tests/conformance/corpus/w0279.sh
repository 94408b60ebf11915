# extsim conformance workload, gen.py seed 279
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 -b 1m 630768 1m" -c "fdatasync" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 592k 12k 12k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 840k 2m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 556k 56k" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "falloc -k 408k 72k" $mnt/s2/g0
xfs_io -c "fpunch 2667232 3m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 105159 12k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 2859008 2727936 68k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s2/g0 0 144k 4k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x62 2019328 8k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s2/g0 864k 408k 584k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 216k 16k 8k" $mnt/s2/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 885846 2457" $mnt/s2/g0
chattr +C $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 956k 472k 668k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x63 1962646 104k" $mnt/s2/g0
xfs_io -r -c "fiemap -v" $mnt/s2/g0
xfs_io -c "fpunch 1110016 16k" $mnt/s2/g0
xfs_io -c "reflink $mnt/sv/g0 2355200 2506752 288k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 436k 8k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 1859584 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 100k 36k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 2396160 32k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 512k 144k 1355776" $mnt/f0
xfs_io -c "dedupe $mnt/s2/g0 1597440 4k 12k" $mnt/f0
xfs_io -c "falloc 1826816 232k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x63 1761956 48k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/g0 1585152 0 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 284k 24k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1114112 0 740k" $mnt/f0
xfs_io -c "pwrite -S 0x62 644k 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1335296 4k" -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 1626112 36k" $mnt/f0
xfs_io -c "falloc 1323008 44k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s2/g0 252k 1154112 32k" $mnt/s2/g0
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 2199552 24k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 1077248 2779" $mnt/f0
xfs_io -f -c "reflink $mnt/s2/g1 1122304 1118208 24k" $mnt/s2/g1
xfs_io -c "pwrite -S 0x61 1046716 52k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 76k 16k 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 332k 84k" $mnt/sv/g1
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -f -c "pwrite -S 0x63 92942 4165" -c "fdatasync" $mnt/sv/g1
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
