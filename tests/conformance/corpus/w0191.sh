# extsim conformance workload, gen.py seed 191
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x61 768k 48k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 244817 3778596 4m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 416k 64k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 232k 388k 588k" $mnt/f0
xfs_io -c "pwrite -S 0x61 4636672 156k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 780k 64k" $mnt/f1
xfs_io -c "fpunch 4274544 9819" $mnt/f0
xfs_io -c "reflink $mnt/f1 360k 5890048 480k" $mnt/f1
xfs_io -c "falloc 3403776 188k" $mnt/f1
xfs_io -c "fpunch 2117632 9051" $mnt/f0
xfs_io -c "pwrite -S 0x61 980k 287" -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite 5615616 32k" -c "fsync" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3706880 16k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3239936 32k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 5980160 12k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 2342912 2281472 3915776" $mnt/f2
xfs_io -c "pwrite -S 0x62 2453504 1m" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1740800 8k" $mnt/f3
xfs_io -f -c "falloc 4300078 2140" $mnt/f4
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 7741440 64k" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 244k 2195456 3461120" $mnt/f3
xfs_io -c "pwrite -S 0x62 4907008 24k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 4788224 0 1597440" $mnt/f4
xfs_io -r -c "fiemap -v" $mnt/s1/f4
xfs_io -c "fsync" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f3 1187840 44k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2449408 52k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f2 1744896 364k 20k" $mnt/f0
xfs_io -f -c "falloc 7414415 16k" $mnt/f5
xfs_io -c "fzero -k 752k 52k" $mnt/f1
md5sum $mnt/s1/f2
xfs_io -c "reflink $mnt/f0 4706304 984k 96k" $mnt/f4
xfs_io -c "pwrite -S 0x62 3858432 28k" $mnt/f5
touch $mnt/f6
chattr +C $mnt/f6
xfs_io -c "reflink $mnt/f3 4161536 5715544 64k" $mnt/f0
md5sum $mnt/f4
xfs_io -c "dedupe $mnt/f6 5808128 108k 124k" $mnt/f3
xfs_io -c "truncate 444k" $mnt/f3
sync
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f1 916k 680k 2732032" $mnt/f6
xfs_io -c "fpunch 3218661 40k" $mnt/f6
xfs_io -c "dedupe $mnt/f2 4018176 4030464 16k" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "pwrite -S 0x61 4005888 16k" -c "fsync" $mnt/f3
xfs_io -c "truncate 2765498" $mnt/f4
xfs_io -c "pwrite -S 0x62 1986560 8k" $mnt/f4
xfs_io -c "pwrite -S 0x62 1812346 88k" $mnt/f3
md5sum $mnt/f0
xfs_io -c "fzero -k 8040448 40k" $mnt/f3
chattr +C $mnt/f6
xfs_io -c "reflink $mnt/f0 4767744 2338816 12k" $mnt/f2
chattr +C $mnt/f6
xfs_io -c "pwrite -S 0x61 228k 132k" $mnt/f3
sync
xfs_io -f -c "pwrite 3596288 32k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f3 816k 28k 32k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f3 176k 3301376 268k" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 2117632 60k" -c "fsync" $mnt/f0
xfs_io -c "fzero -k 5001216 36k" $mnt/f1
xfs_io -c "dedupe $mnt/f2 5386240 36k 24k" $mnt/f0
chattr +C $mnt/f4
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x62 2084864 8k" $mnt/f0
