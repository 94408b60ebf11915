# extsim conformance workload, gen.py seed 26
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 84k 24k" $mnt/f0
xfs_io -c "truncate 60380" $mnt/f0
xfs_io -c "pwrite -S 0x61 52k 32k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 68k 864k 12k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "truncate 76k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 444k 184k 56k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 156043 12k" $mnt/f2
xfs_io -c "falloc 892k 52k" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 62190 76k" $mnt/f0
xfs_io -c "truncate 354190" $mnt/f1
xfs_io -c "pwrite -S 0xcd 864k 136k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0xcd 163178 52k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite 70959 28k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 52160 10191" $mnt/f1
xfs_io -c "pwrite -S 0x62 424k 24k" -c "fsync" $mnt/s2/f0
xfs_io -c "truncate 306104" $mnt/s2/f1
xfs_io -f -c "falloc 596k 64k" $mnt/s2/g0
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 116k 3m" $mnt/s2/f0
xfs_io -c "falloc 2973696 40k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x61 200k 256k" -c "fsync" $mnt/s2/g0
touch $mnt/s2/g1
chattr +C $mnt/s2/g1
xfs_io -f -c "falloc 1004k 60k" $mnt/s2/g2
xfs_io -c "pwrite -S 0x62 289720 48k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 112k 112k 32k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 0 336k 0" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0xcd 497060 60k" $mnt/s2/f0
touch $mnt/s2/g3
chattr +C $mnt/s2/g3
xfs_io -c "reflink $mnt/s1/f1 4k 508k 8k" $mnt/f0
xfs_io -c "fpunch 32k 4m" $mnt/s2/g3
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "dedupe $mnt/s2/f2 520k 44k 4k" $mnt/f0
xfs_io -c "truncate 28k" $mnt/f2
chattr +C $mnt/s2/g0
xfs_io -c "reflink $mnt/s2/f2 828k 0 116k" $mnt/f2
xfs_io -c "truncate 600k" $mnt/s2/g0
xfs_io -c "reflink $mnt/f3 0 756k 4k" $mnt/s2/g3
xfs_io -c "fpunch 1012k 48k" $mnt/s2/g1
umount $mnt
mount $dev $mnt
xfs_io -r -c "fiemap -v" $mnt/s2/g3
xfs_io -c "fpunch 796k 56k" $mnt/s2/g3
xfs_io -c "falloc -k 548k 64k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s2/g0 60k 2809856 368k" $mnt/s2/f0
xfs_io -c "falloc 372k 116k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s2/g1 0 776k 4k" $mnt/f0
xfs_io -c "truncate 72k" $mnt/s2/g1
xfs_io -f -c "pwrite -S 0x63 700k 56k" -c "fsync" $mnt/f0
xfs_io -f -c "falloc 4k 36k" $mnt/f4
xfs_io -c "pwrite -S 0x63 -b 1m 452k 3m" -c "fdatasync" $mnt/s2/f2
xfs_io -c "dedupe $mnt/s2/g1 20k 4k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 797529 6847" $mnt/s2/g3
xfs_io -c "dedupe $mnt/f4 28k 0 16k" $mnt/s2/f2
xfs_io -f -c "pwrite -S 0x61 348k 1666" $mnt/f4
xfs_io -c "fsync" $mnt/s2/g2
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 104k 60k" $mnt/f3
