# extsim conformance workload, gen.py seed 504
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 764k 40k" $mnt/f0
xfs_io -c "pwrite 524k 16k" $mnt/f0
xfs_io -c "falloc -k 116k 1610" $mnt/f0
xfs_io -c "truncate 192k" $mnt/f0
sync
xfs_io -c "pwrite -S 0xcd 468k 44k" -c "fdatasync" $mnt/f0
touch $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 964k 60k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 744k 236k 284k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 248k 36k" $mnt/f0
rm -f $mnt/f0
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 24k 636k 20k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 296k 476k 544k" $mnt/sv/g1
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 956k 216k 32k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 412k 260k 20k" $mnt/sv/g1
sync
xfs_io -f -c "pwrite -S 0x62 228k 144k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 676k 28k" $mnt/sv/g1
xfs_io -c "falloc -k 232k 12k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 4k 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 873056 20k" $mnt/sv/g2
xfs_io -c "dedupe $mnt/f0 80k 132k 16k" $mnt/f0
xfs_io -c "fpunch 708k 64k" $mnt/sv/g1
xfs_io -c "fpunch 928k 252k" $mnt/sv/g1
xfs_io -c "falloc 844k 96k" $mnt/sv/g1
touch $mnt/sv/g3
chattr +C $mnt/sv/g3
xfs_io -c "falloc 832k 24k" $mnt/sv/g1
sync
md5sum $mnt/sv/g0
xfs_io -c "fpunch 185604 40k" $mnt/f0
xfs_io -c "fpunch 788k 60k" $mnt/sv/g1
umount $mnt
mount $dev $mnt
sync
xfs_io -c "pwrite -S 0x62 800093 52k" $mnt/sv/g1
xfs_io -c "falloc 604k 200k" $mnt/sv/g3
xfs_io -c "pwrite 256k 48k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 944k 984k 16k" $mnt/sv/g0
xfs_io -c "fpunch 341953 4k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 568k 980k 28k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 324k 220k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 1032928 6628" -c "fdatasync" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g1 276k 96k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 544k 44k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 564k 20k" -c "fdatasync" $mnt/sv/g3
xfs_io -f -c "pwrite -S 0xcd 461145 4k" $mnt/sv/g2
