# extsim conformance workload, gen.py seed 362
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 5226496 4k" $mnt/f0
xfs_io -c "falloc -k 3739648 649" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 4014080 204k" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 0 6885376 4k" $mnt/f2
xfs_io -c "pwrite -S 0x63 2050871 60k" -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 6287360 80k" $mnt/f3
xfs_io -c "reflink $mnt/f0 0 7417856 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2056192 20k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 52k 32k 4k" $mnt/f1
xfs_io -c "pwrite -S 0x63 4042752 152k" $mnt/f1
rm $mnt/f3
sync
xfs_io -c "fsync" $mnt/f2
xfs_io -c "truncate 1155072" $mnt/f2
xfs_io -c "pwrite -S 0xcd 4431872 28k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 724k 0 3723264" $mnt/f0
xfs_io -c "dedupe $mnt/f0 996k 44k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f1 4067328 3649536 156k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 3956736 60k" $mnt/f1
xfs_io -c "falloc 2199552 1937" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 5189632 12k" -c "fsync" $mnt/f1
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 140k 44k" $mnt/f3
xfs_io -c "pwrite -S 0x61 4505854 24k" $mnt/f3
xfs_io -c "dedupe $mnt/f0 84k 52k 24k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "fzero -k 4001792 20k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 2258845 532k 28k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f2 16k 5910528 1146880" $mnt/f2
xfs_io -c "truncate 412k" $mnt/f2
xfs_io -c "fpunch 5818964 28k" $mnt/f2
sync
xfs_io -c "pwrite -S 0x63 27598 28k" -c "fsync" $mnt/f2
xfs_io -f -c "falloc 3096576 9482" $mnt/f4
touch $mnt/f5
chattr +C $mnt/f5
xfs_io -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/s1/f0 2662400 4382720 260k" $mnt/f3
xfs_io -c "fdatasync" $mnt/f5
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/f5 4k 3952640 4k" $mnt/s2/f1
xfs_io -c "fsync" $mnt/f5
xfs_io -c "truncate 6795264" $mnt/s2/f2
xfs_io -c "dedupe $mnt/s2/f2 6033408 5m 8k" $mnt/s2/f2
xfs_io -c "truncate 8179712" $mnt/f1
xfs_io -c "fdatasync" $mnt/f4
xfs_io -c "truncate 839237" $mnt/s2/f5
xfs_io -c "fdatasync" $mnt/s2/f3
xfs_io -c "dedupe $mnt/s2/f5 532k 188k 32k" $mnt/s2/f5
xfs_io -c "dedupe $mnt/s1/f1 120k 24k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1564672 16k" $mnt/s2/g0
xfs_io -c "falloc 436k 40k" $mnt/s2/f2
xfs_io -c "truncate 176k" $mnt/s2/f4
xfs_io -c "falloc -k 2433024 4k" $mnt/f1
xfs_io -c "falloc 56k 32k" $mnt/s2/f4
xfs_io -f -c "pwrite -S 0x63 742855 40k" $mnt/s2/g0
xfs_io -c "fpunch 3266127 136k" $mnt/s2/f0
xfs_io -c "falloc -k 81149 12126" $mnt/s2/f4
xfs_io -c "fpunch 300k 52k" $mnt/f2
rm $mnt/f3
sync
xfs_io -f -c "pwrite -S 0x61 7471104 16k" $mnt/f3
touch $mnt/s2/g2
chattr +C $mnt/s2/g2
xfs_io -c "pwrite -S 0x61 1769472 20k" $mnt/f5
xfs_io -c "dedupe $mnt/s2/f5 412k 16k 12k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 3305472 1249280 8k" $mnt/s2/f0
xfs_io -f -c "truncate 3846144" $mnt/f6
xfs_io -c "fsync" $mnt/s2/f3
xfs_io -c "fzero -k 172k 44k" $mnt/s2/f4
xfs_io -c "pwrite -S 0x61 4112384 4057" -c "fdatasync" $mnt/s2/f3
