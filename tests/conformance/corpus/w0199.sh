# extsim conformance workload, gen.py seed 199
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x63 8257536 2m" $mnt/f0
xfs_io -c "fpunch 3186688 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 2789376 16k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 9621504 9633792 28k" $mnt/f0
xfs_io -c "pwrite 2117632 8k" -c "fdatasync" $mnt/f1
xfs_io -c "falloc 6062080 56k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 164k 152k" $mnt/f1
xfs_io -c "fpunch 620k 252k" $mnt/f1
xfs_io -c "truncate 1368064" $mnt/f1
xfs_io -c "pwrite -S 0x62 496k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f1 1056768 436k 148k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5402624 8k 28k" $mnt/f0
xfs_io -c "fzero -k 168480 52k" $mnt/f1
xfs_io -c "falloc 2576384 164k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 4202496 44k" $mnt/f0
rm -f $mnt/f0
xfs_io -c "pwrite -S 0x63 7888896 44k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 3293184 60k" $mnt/f1
umount $mnt
mount $dev $mnt
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "pwrite -S 0xcd 208k 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1769472 132k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 642198 40k" $mnt/f1
rm -f $mnt/f1
xfs_io -c "pwrite -S 0x63 196k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1699840 28k 12k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 124k 744k 20k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 1008k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fzero -k 608k 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 924k 992k 28k" $mnt/f0
xfs_io -c "falloc 793937 64k" $mnt/f0
xfs_io -c "truncate 836k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 624k 3616768 220k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 2023424 32k" -c "fdatasync" $mnt/sv/g0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "truncate 2768896" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 8032256 40k" $mnt/s1/g2
xfs_io -c "pwrite -S 0x61 524k 60k" $mnt/s1/g1
