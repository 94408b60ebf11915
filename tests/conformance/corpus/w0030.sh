# extsim conformance workload, gen.py seed 30
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 272k 32k" $mnt/f0
xfs_io -c "pwrite 820k 12k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f0 628k 60k 20k" $mnt/f0
xfs_io -c "falloc 84785 4k" $mnt/f0
xfs_io -f -c "truncate 364k" $mnt/f1
xfs_io -c "pwrite -S 0x61 336k 12k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 352k 348k 196k" $mnt/f2
xfs_io -c "falloc 440k 144k" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 328k 280k 32k" $mnt/f3
xfs_io -c "falloc -k 394587 36k" $mnt/f2
xfs_io -c "truncate 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f3 264k 16k 24k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 148k 4k" $mnt/f4
xfs_io -c "reflink $mnt/f3 612k 700k 32k" $mnt/f3
xfs_io -c "fsync" $mnt/f3
xfs_io -c "dedupe $mnt/f1 52k 60k 8k" $mnt/f1
xfs_io -c "pwrite -S 0x62 264k 240k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0 4k 32k 20k" $mnt/s1/f4
xfs_io -c "pwrite -S 0xcd 84k 4k" -c "fdatasync" $mnt/s1/f3
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 236k 488k 48k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f3
xfs_io -c "pwrite 539760 3003" $mnt/s1/f2
xfs_io -c "reflink $mnt/f1 4k 160k 540k" $mnt/f3
xfs_io -c "pwrite -S 0x61 6334 200k" $mnt/s1/f0
sync
sync
xfs_io -c "falloc -k 116k 20k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 316k 372k 0" $mnt/s1/f0
xfs_io -c "fpunch 956k 236k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 764k 4k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 508k 20k" $mnt/s1/f4
chattr +C $mnt/f3
xfs_io -c "pwrite -S 0x61 112k 36k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 92k 20k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 77676 40k" $mnt/s1/f4
xfs_io -c "pwrite -S 0x63 -b 1m 4k 2m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 4k 32k" -c "fsync" $mnt/f5
xfs_io -c "reflink $mnt/f2 16k 84k 636k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 540k 44k" -c "fsync" $mnt/s1/g0
xfs_io -c "falloc -k 228k 52k" $mnt/f3
xfs_io -c "fpunch 408k 16k" $mnt/f2
xfs_io -c "truncate 421713" $mnt/s1/f1
xfs_io -c "reflink $mnt/f5 636k 624k 28k" $mnt/f5
xfs_io -r -c "fiemap -v" $mnt/s1/f4
xfs_io -c "reflink $mnt/f0 296k 1687552 1073152" $mnt/f0
xfs_io -c "pwrite 504k 44k" $mnt/s1/g0
xfs_io -c "truncate 93500" $mnt/f2
xfs_io -c "pwrite -S 0x63 20k 192k" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x63 692k 16k" $mnt/f6
xfs_io -c "pwrite -S 0x61 192k 92k" $mnt/f3
sync
chattr +C $mnt/f6
xfs_io -f -c "pwrite -S 0x63 2367488 224k" -c "fdatasync" $mnt/f0
sync
xfs_io -f -c "falloc -k 588k 10610" $mnt/f7
