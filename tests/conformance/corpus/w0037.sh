# extsim conformance workload, gen.py seed 37
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 6193152 4k" $mnt/f0
xfs_io -f -c "pwrite 4726784 4m" $mnt/f1
xfs_io -c "pwrite -S 0x63 4841472 56k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 531071 48k" $mnt/f0
xfs_io -c "falloc 108k 40k" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "reflink $mnt/f2 0 1757184 4k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1089536 2447" $mnt/f0
xfs_io -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/f2 0 916k 4k" $mnt/f0
xfs_io -c "truncate 136k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 1437696 28k" $mnt/f0
xfs_io -c "falloc 68k 8907" $mnt/f2
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 4366336 44k" $mnt/f2
md5sum $mnt/s1/f1
xfs_io -c "fpunch 6062080 192k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1445888 64k" $mnt/f3
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/s2/f0 1462272 3313664 596k" $mnt/f1
xfs_io -c "falloc 868k 4k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 2621440 12k" $mnt/f0
xfs_io -c "falloc -k 4493312 216k" $mnt/s2/f2
xfs_io -f -c "pwrite 3411968 64k" $mnt/s2/f1
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 4022272 20k" -c "fsync" $mnt/f0
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "falloc -k 6000640 64k" $mnt/f3
xfs_io -c "fdatasync" $mnt/s2/f1
xfs_io -c "reflink $mnt/s2/f1 8335360 6012928 584k" $mnt/s2/f2
xfs_io -c "pwrite -S 0x62 7262208 40k" $mnt/f1
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x61 464k 5052" -c "fdatasync" $mnt/s2/f3
xfs_io -c "pwrite -S 0x61 500k 20k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f1 8839168 3346432 36k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s2/f3 1404928 6557696 48k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s2/f0 52k 352k 4849664" $mnt/s2/f3
xfs_io -c "pwrite -S 0x61 1286144 24k" $mnt/s2/f0
xfs_io -c "reflink $mnt/f2 4386816 1306624 8k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 104k 11757" $mnt/f3
xfs_io -f -c "pwrite 1253376 24k" $mnt/f3
xfs_io -c "truncate 382363" $mnt/s1/f0
xfs_io -c "fpunch 336k 44k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/g1 1122304 480k 1757184" $mnt/s2/f3
xfs_io -c "reflink $mnt/f2 96k 160k 4280320" $mnt/s1/f0
xfs_io -c "fzero -k 680k 8k" $mnt/s2/f3
xfs_io -f -c "reflink $mnt/s2/g0 6451200 6438912 12k" $mnt/s2/g0
xfs_io -c "truncate 3149824" $mnt/s2/g0
xfs_io -c "fpunch 6959104 8k" $mnt/s2/f1
xfs_io -c "pwrite -S 0x62 8560640 24k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f2 84k 0 56k" $mnt/f3
xfs_io -c "pwrite -S 0x63 2830336 232k" $mnt/s1/f1
xfs_io -c "falloc 4927488 56k" $mnt/s1/f1
xfs_io -c "fdatasync" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 3665920 12k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 732k 12k" $mnt/s1/g1
xfs_io -c "reflink $mnt/s2/f2" $mnt/f2
md5sum $mnt/s2/f0
xfs_io -c "pwrite -S 0x63 2408448 4m" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 2990080 8828" $mnt/f0
xfs_io -c "pwrite -S 0x63 4390912 56k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f1" $mnt/s2/f3
xfs_io -c "fpunch 1282959 252k" $mnt/s2/f1
xfs_io -c "fpunch 924k 128k" $mnt/s1/f0
