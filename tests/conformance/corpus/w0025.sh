# extsim conformance workload, gen.py seed 25
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 520k 4k" $mnt/f0
xfs_io -c "truncate 400k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 324k 48k" $mnt/f0
xfs_io -c "truncate 148k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 136k 20k 12k" $mnt/f0
xfs_io -f -c "pwrite 912k 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 962305 48k" $mnt/f1
xfs_io -c "pwrite -S 0x62 283227 160k" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 476k 48k" $mnt/f1
xfs_io -f -c "reflink $mnt/f2 56k 468k 12k" $mnt/f2
rm -f $mnt/f2
xfs_io -f -c "pwrite -S 0x63 36094 8k" $mnt/f1
xfs_io -c "falloc 685539 1531" $mnt/f1
xfs_io -c "dedupe $mnt/f0 72k 8k 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 268k 76k 24k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 812k 36k" $mnt/f1
xfs_io -c "reflink $mnt/f0 68k 488k 764k" $mnt/f1
xfs_io -c "falloc 916k 104k" $mnt/f1
xfs_io -c "fpunch 104k 216k" $mnt/f1
xfs_io -c "truncate 291661" $mnt/f0
chattr +C $mnt/f1
xfs_io -f -c "falloc -k 764k 9214" $mnt/f2
xfs_io -c "dedupe $mnt/f0 36k 8k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 364k 136k" $mnt/f3
xfs_io -c "fpunch 40k 204k" $mnt/f0
xfs_io -c "reflink $mnt/f0 132k 92k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f3 100k 808k 36k" $mnt/f3
xfs_io -c "fpunch 76k 124k" $mnt/f1
rm $mnt/f1
xfs_io -c "truncate 736k" $mnt/f2
xfs_io -c "pwrite -S 0x63 44k 6415" $mnt/f2
sync
xfs_io -c "fpunch 524k 84k" $mnt/f2
xfs_io -c "reflink $mnt/f0 136k 32k 100k" $mnt/f0
xfs_io -c "pwrite -S 0x63 254460 10508" $mnt/f0
xfs_io -c "reflink $mnt/f2 588k 540k 44k" $mnt/f3
xfs_io -c "truncate 797100" $mnt/f3
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f2
xfs_io -c "dedupe $mnt/f3 352k 436k 32k" $mnt/f3
xfs_io -c "dedupe $mnt/f0 292k 0 4k" $mnt/f3
xfs_io -c "pwrite -S 0x62 644k 8k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f0 120k 740k 680k" $mnt/f3
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 468k 16k" $mnt/f1
xfs_io -f -c "falloc 146906 64k" $mnt/f4
xfs_io -c "dedupe $mnt/f1 456k 4k 16k" $mnt/f4
xfs_io -c "dedupe $mnt/f4 136k 0 4k" $mnt/f4
xfs_io -c "dedupe $mnt/f1 144k 20k 24k" $mnt/f2
