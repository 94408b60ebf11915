# extsim conformance workload, gen.py seed 147
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 1736704 60k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "fpunch 1331200 2m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 316k 8k" $mnt/sv/g0
umount $mnt
mount $dev $mnt
xfs_io -c "truncate 480k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt/sv $mnt/s1
xfs_io -f -c "pwrite -S 0x63 292k 212k" $mnt/sv/g0
rm -f $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite 1597440 578" $mnt/sv/g0
xfs_io -c "truncate 1022917" $mnt/sv/g0
md5sum $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 418559 48k" $mnt/sv/g0
xfs_io -c "falloc 780k 60k" $mnt/sv/g0
umount $mnt
mount $dev $mnt
sync
sync
xfs_io -c "reflink $mnt/sv/g0 76k 332k 16k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/g0 432k 256k 52k" $mnt/sv/g0
xfs_io -c "falloc 442724 48k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 712k 8k 16k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 728k 372k 236k" $mnt/sv/g0
xfs_io -c "fpunch 656k 2m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1074089 32k" $mnt/sv/g0
xfs_io -c "fpunch 484k 44k" $mnt/sv/g0
xfs_io -c "fzero 444k 896" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 932k 276k 84k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 120k 0 988073" $mnt/sv/g0
xfs_io -c "fpunch 1044556 12k" $mnt/sv/g0
xfs_io -c "falloc 416k 56k" $mnt/sv/g0
sync
xfs_io -f -c "pwrite -S 0xcd 64k 52k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "fpunch 396k 52k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/g0 224k 1564672 72k" $mnt/sv/g0
xfs_io -f -c "pwrite 1110016 88k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 1500815 2m" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0" $mnt/sv/g0
xfs_io -c "fpunch 1609728 228k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1998848 0 1603215" $mnt/f0
xfs_io -c "pwrite -S 0x62 1843200 12k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 524k 20k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 388k 48k 20k" $mnt/f0
xfs_io -c "truncate 19799" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 1290240 8k" $mnt/sv/g0
xfs_io -c "pwrite 104k 4907" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 2035695 4k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 156k 1581056 868k" $mnt/f0
xfs_io -c "fzero -k 1568768 10804" $mnt/sv/g1
xfs_io -c "falloc 635186 64k" $mnt/sv/g1
xfs_io -f -c "pwrite 1216512 56k" $mnt/f0
xfs_io -c "pwrite -S 0x63 880k 5658" -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 3570648 220k" $mnt/f0
rm $mnt/sv/g1
xfs_io -c "fpunch 560k 4k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 1511424 256k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 580k 32k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/s1/g0 112k 12k 32k" $mnt/f0
xfs_io -f -c "truncate 340k" $mnt/f1
touch $mnt/s2/g2
chattr +C $mnt/s2/g2
