# extsim conformance workload, gen.py seed 506
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
umount $mnt
mount $dev $mnt
xfs_io -f -c "falloc 1785856 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1303354 108k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x62 1609728 8k" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 1073152 56k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1388544 56k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 1157326 5760" $mnt/f0
xfs_io -c "falloc 1576960 44k" $mnt/s2/f0
xfs_io -c "falloc 1564683 64k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 1085440 16k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 1433600 32k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 664k 1753088 24k" $mnt/f0
xfs_io -c "falloc -k 1228800 16k" $mnt/s2/f0
xfs_io -c "fpunch 312k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 956k 48k" $mnt/s2/f0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -f -c "pwrite -S 0x61 540k 16k" $mnt/s1/g0
xfs_io -c "falloc -k 1548288 20k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 513186 56k" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/s1/f0 618458 1256171 12k" $mnt/s1/g1
sync
xfs_io -c "truncate 1175552" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/s2/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 800k 720k 352k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 620k 888k 28k" $mnt/s1/f0
sync
xfs_io -f -c "pwrite 436k 6468" $mnt/s1/g1
xfs_io -c "fpunch 256k 24k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s3/f0 1716224 0 88k" $mnt/s2/f0
xfs_io -f -c "reflink $mnt/s3/f0 1191936 240k 0" $mnt/s2/g0
xfs_io -c "truncate 476k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/g0" $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 1789952 2639" $mnt/f0
rm $mnt/s3/f0
xfs_io -c "reflink $mnt/s1/f0 1736704 1732608 16k" $mnt/s1/f0
xfs_io -c "falloc 336k 24k" $mnt/s1/g1
xfs_io -c "reflink $mnt/f0 1212416 1634304 28k" $mnt/f0
xfs_io -c "pwrite -S 0x63 324k 12k" $mnt/s1/g1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 524k 1619" $mnt/f0
xfs_io -c "pwrite 1212416 60k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 644k 4470" -c "fdatasync" $mnt/s2/g0
xfs_io -f -c "truncate 1093632" $mnt/f1
xfs_io -c "reflink $mnt/s1/g1 352k 313531 24k" $mnt/s1/g0
umount $mnt
mount $dev $mnt
xfs_io -c "truncate 1069056" $mnt/f1
xfs_io -c "falloc 1978368 64k" $mnt/s2/g0
xfs_io -c "falloc 1232896 4012" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/f0 232k 1912832 132k" $mnt/s2/g1
xfs_io -c "pwrite -S 0x62 348k 9936" $mnt/f1
xfs_io -c "pwrite -S 0x63 188k 136k" -c "fsync" $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f0 108k 368k 736k" $mnt/s1/g1
xfs_io -c "falloc -k 1732608 4654" $mnt/f0
rm -f $mnt/s1/g1
xfs_io -c "falloc 1078466 40k" $mnt/s2/f0
xfs_io -c "fpunch 28k 32k" $mnt/s2/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x61 959993 20k" $mnt/s2/f0
xfs_io -c "falloc -k 720k 52k" $mnt/f1
xfs_io -c "falloc -k 440k 4k" $mnt/f0
sync
xfs_io -f -c "truncate 936k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g1 240k 1723212 40k" $mnt/f0
xfs_io -c "fpunch 708k 2m" $mnt/s2/g1
xfs_io -c "reflink $mnt/s2/g1 708k 236k 0" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 324k 12k" $mnt/s1/g0
xfs_io -c "fpunch 1509173 24k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 140k 16k" -c "fsync" $mnt/s1/g0
