# extsim conformance workload, gen.py seed 365
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0xcd 375859 251" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 108k 28k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
md5sum $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0x61 260k 64k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 228k 5505" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 840k 36k" $mnt/sv/g0
xfs_io -f -c "falloc -k 944k 28k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 712k 52k 20k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 4k 0 4k" $mnt/sv/g0
xfs_io -c "falloc 428k 44k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 544k 64k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 416k 52k" $mnt/sv/g1
xfs_io -c "truncate 264261" $mnt/sv/g1
xfs_io -c "falloc -k 132k 4859" $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 512k 28k 184k" $mnt/sv/g1
chattr +C $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 116k 160k 4k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 36k 48k 231493" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 640k 80k" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g1 56k 0 211013" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g2 496k 276k 232k" $mnt/sv/g2
xfs_io -c "pwrite 192k 8k" $mnt/sv/g0
xfs_io -c "falloc -k 528k 1029" $mnt/sv/g2
xfs_io -c "pwrite -S 0x61 316k 20k" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g1 200k 292k 40k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 516k 1765" $mnt/sv/g2
xfs_io -c "fdatasync" $mnt/sv/g2
xfs_io -f -c "reflink $mnt/sv/g1 216k 668k 28k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "reflink $mnt/sv/g1 228k 484k 20k" $mnt/sv/g3
xfs_io -r -c "fiemap -v" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x62 468k 5587" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 408k 64k" $mnt/sv/g2
xfs_io -c "fdatasync" $mnt/sv/g3
btrfs subvolume snapshot $mnt/sv $mnt/s1
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "dedupe $mnt/s1/g0 60k 0 820k" $mnt/s1/g2
sync
xfs_io -c "falloc 76k 52k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g1 32k 92k 20k" $mnt/sv/g1
xfs_io -c "reflink $mnt/f0 428k 248k 144k" $mnt/f0
xfs_io -c "pwrite -S 0x61 668k 28k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/g1 32k 20k 4k" $mnt/s1/g1
md5sum $mnt/sv/g3
xfs_io -c "pwrite -S 0x63 96k 32k" -c "fdatasync" $mnt/s1/g1
xfs_io -c "reflink $mnt/sv/g2 88k 72k 20k" $mnt/sv/g2
xfs_io -c "fdatasync" $mnt/sv/g3
xfs_io -c "reflink $mnt/s1/g3 268k 620k 76k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 212k 824k 20k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 244k 16k" $mnt/s1/g1
xfs_io -c "truncate 380k" $mnt/s1/g3
md5sum $mnt/s1/g3
sync
xfs_io -c "pwrite -S 0x63 -b 1m 248k 3m" $mnt/s1/g1
md5sum $mnt/f0
xfs_io -c "falloc 28k 28k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 4k 20k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 544k 132k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 400k 0 300k" $mnt/s1/g2
sync
xfs_io -f -c "pwrite -S 0x63 359483 36k" -c "fdatasync" $mnt/s1/g3
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "pwrite 372k 3405" $mnt/s1/g0
xfs_io -c "truncate 224k" $mnt/sv/g1
