# extsim conformance workload, gen.py seed 145
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
sync
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "reflink $mnt/s2/g0 0 228k 4k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x62 930885 52k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s2/g0 208k 468k 48k" $mnt/s2/g0
xfs_io -c "fsync" $mnt/s2/g0
xfs_io -c "truncate 440k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 275998 32k" $mnt/s2/g0
xfs_io -c "reflink $mnt/s2/g0 360k 332k 24k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x63 72k 397" $mnt/f0
xfs_io -c "pwrite 40k 12k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 332k 473" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x62 132k 6134" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 28k 32k" -c "fdatasync" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -c "truncate 320k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x62 52k 232k" $mnt/f0
xfs_io -c "reflink $mnt/f0 24k 244k 208k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 291881 7781" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 53000 20k" $mnt/s2/g0
xfs_io -c "fpunch 928k 48k" $mnt/s2/g0
xfs_io -r -c "fiemap -v" $mnt/s3/f0
rm $mnt/s3/f0
xfs_io -c "pwrite -S 0x63 147690 1876" $mnt/s1/g0
chattr +C $mnt/s2/g0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x61 372k 1m" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 452k 4358" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 956k 92k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1323008 56k" $mnt/f0
xfs_io -c "falloc 836k 172k" $mnt/s2/g0
xfs_io -c "fpunch 184k 12264" $mnt/s1/g0
xfs_io -c "pwrite 4k 76k" $mnt/s2/g0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 632059 36k" $mnt/s1/g2
xfs_io -c "pwrite -S 0x61 136k 20k" -c "fsync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s3/f0 48k 620k 12k" $mnt/s1/g2
xfs_io -c "fpunch 244k 48k" $mnt/s1/g2
xfs_io -c "reflink $mnt/s1/g1 0 856k 4k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 416k 16k" -c "fsync" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 1368064 4097" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/s2/g0 436k 16k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 508k 705" -c "fdatasync" $mnt/s1/g1
chattr +C $mnt/s1/g2
xfs_io -c "reflink $mnt/s1/g1 120k 480k 402113" $mnt/f0
xfs_io -c "dedupe $mnt/s1/g0 56k 0 246414" $mnt/f0
md5sum $mnt/s1/g1
xfs_io -f -c "pwrite -S 0xcd 607538 144k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 824k 12k" -c "fdatasync" $mnt/s2/g0
xfs_io -c "falloc 720k 3m" $mnt/s2/g0
rm -f $mnt/s1/g2
xfs_io -c "falloc 3584010 6488" $mnt/s2/g0
xfs_io -c "pwrite -S 0x62 200k 28k" $mnt/s1/g0
rm $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 357124 108k" -c "fsync" $mnt/s1/g1
xfs_io -c "fpunch 506716 985" $mnt/s1/g1
xfs_io -f -c "reflink $mnt/f0 60k 716k 1089536" $mnt/s2/g1
xfs_io -c "pwrite -S 0x61 676k 108k" -c "fsync" $mnt/s2/g1
xfs_io -c "reflink $mnt/s2/g0 2023424 2011136 12k" $mnt/s2/g0
xfs_io -f -c "reflink $mnt/s3/f0 76k 184k 8589" $mnt/s1/g0
xfs_io -c "reflink $mnt/s3/f0 32k 604k 1410" $mnt/s2/g1
