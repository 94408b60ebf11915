# extsim conformance workload, gen.py seed 554
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 580k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x62 196k 64k" $mnt/f0
xfs_io -c "falloc -k 249837 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 388k 0 220k" $mnt/f0
xfs_io -c "reflink $mnt/f0 64k 312k 476k" $mnt/f0
xfs_io -c "reflink $mnt/f0 516k 596k 40k" $mnt/f0
xfs_io -c "pwrite -b 1m 452437 4m" -c "fdatasync" $mnt/f0
rm $mnt/f0
xfs_io -f -c "reflink $mnt/f0 0 1012k 4k" $mnt/f0
xfs_io -c "falloc 892k 232k" $mnt/f0
xfs_io -c "falloc 40k 200k" $mnt/f0
xfs_io -c "fpunch 792k 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 584k 32k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 104k 4k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f1 276k 0 344k" $mnt/f1
sync
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 684k 80k 88k" $mnt/f0
xfs_io -c "reflink $mnt/f0 288k 244k 844k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 104k 48k 24k" $mnt/f0
xfs_io -f -c "falloc 244k 40k" $mnt/f2
xfs_io -c "fpunch 596k 449" $mnt/f0
xfs_io -c "fpunch 801106 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1016k 0 112k" $mnt/f2
xfs_io -c "reflink $mnt/f2 404k 616601 10730" $mnt/f1
xfs_io -c "truncate 666349" $mnt/f2
xfs_io -c "reflink $mnt/f1 344k 12k 200k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 312k 36k" -c "fsync" $mnt/f2
xfs_io -c "fpunch 321818 156k" $mnt/f2
xfs_io -c "pwrite 462273 44k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1122304 40k 28k" $mnt/f0
chattr +C $mnt/f1
xfs_io -f -c "falloc -k 844k 84k" $mnt/f3
xfs_io -c "pwrite -S 0x62 360k 28k" $mnt/f1
xfs_io -c "pwrite 264k 56k" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x63 568k 40k" $mnt/f2
xfs_io -f -c "reflink $mnt/f3 0 984k 4k" $mnt/f4
xfs_io -f -c "pwrite -S 0xcd 964k 172k" $mnt/f5
xfs_io -c "reflink $mnt/f4 0 828k 4k" $mnt/f3
xfs_io -c "pwrite -S 0x63 605561 156k" $mnt/f2
xfs_io -c "falloc 868k 28k" $mnt/f4
xfs_io -f -c "pwrite -S 0x63 676k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 776k 852k 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 400k 552" $mnt/f4
xfs_io -c "pwrite 800k 60k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0xcd 296k 128k" $mnt/f4
xfs_io -c "dedupe $mnt/f3 4k 0 4k" $mnt/f1
xfs_io -c "reflink $mnt/f4 588k 372k 20k" $mnt/f4
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 789313 20k" $mnt/f6
xfs_io -c "reflink $mnt/s1/f1 252k 888k 348k" $mnt/f6
xfs_io -c "dedupe $mnt/f3 452k 440k 28k" $mnt/f3
xfs_io -c "pwrite -S 0x62 428k 236k" $mnt/f2
xfs_io -c "truncate 360939" $mnt/f2
