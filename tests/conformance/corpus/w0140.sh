# extsim conformance workload, gen.py seed 140
mkfs.btrfs -f $dev -b 256m > /dev/null
mount -o nodatacow $dev $mnt
sync
xfs_io -f -c "pwrite -S 0x62 1597440 8k" $mnt/f0
xfs_io -c "pwrite 612571 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 424k 4m" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "reflink $mnt/f1 3969024 3244032 612k" $mnt/f1
xfs_io -c "falloc -k 1441792 48k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 812k 12k 12k" $mnt/f0
xfs_io -c "falloc -k 628k 3m" $mnt/f0
sync
rm $mnt/f0
xfs_io -c "fzero -k 1744896 36k" $mnt/f1
xfs_io -c "falloc 72k 20k" $mnt/f2
sync
xfs_io -c "falloc -k 3977216 16k" $mnt/f1
xfs_io -f -c "pwrite 32k 8758" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 56k 168k" $mnt/f2
xfs_io -c "pwrite -S 0x61 628k 44k" -c "fsync" $mnt/f2
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "falloc 3268608 240k" $mnt/f1
sync
xfs_io -c "truncate 156k" $mnt/f2
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f2 124k 48k 32k" $mnt/f2
xfs_io -c "falloc 724k 40k" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 1989344 2m" $mnt/f0
xfs_io -c "fpunch 2732032 204k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 72k 48k" $mnt/f2
xfs_io -c "falloc -k 3018752 48k" $mnt/f0
xfs_io -c "reflink $mnt/f1 3702784 4k 368k" $mnt/f2
xfs_io -c "reflink $mnt/f0 2011136 108k 0" $mnt/f2
xfs_io -f -c "reflink $mnt/f2 1478656 328k 715488" $mnt/f3
rm $mnt/f0
xfs_io -c "falloc 200k 56k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 880k 56k" -c "fsync" $mnt/f1
chattr +C $mnt/f3
xfs_io -c "pwrite -S 0x62 328k 4k" $mnt/f3
sync
xfs_io -f -c "pwrite -S 0x61 440k 60k" -c "fsync" $mnt/f0
xfs_io -c "falloc 1433600 4k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 2793472 12k" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f2 1900544 40k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1130496 8k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 4333568 0 292k" $mnt/f0
xfs_io -c "falloc 390672 36k" $mnt/f2
xfs_io -c "fpunch 312k 56k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f2 308k 1236992 1878752" $mnt/f2
xfs_io -c "pwrite -S 0x62 272k 4k" $mnt/f2
xfs_io -c "reflink $mnt/f0 316k 1167360 196k" $mnt/f0
md5sum $mnt/f2
xfs_io -c "falloc -k 815293 96k" $mnt/f3
xfs_io -c "fzero -k 2166784 200k" $mnt/f2
xfs_io -c "fpunch 3772416 8k" $mnt/f1
sync
xfs_io -c "truncate 1802635" $mnt/f1
xfs_io -c "truncate 124k" $mnt/f1
rm -f $mnt/f0
xfs_io -c "falloc 168k 4k" $mnt/f3
xfs_io -c "fdatasync" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 1020k 20k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1425408 5735" $mnt/f3
xfs_io -c "pwrite -S 0x63 1638400 176k" $mnt/f2
xfs_io -c "falloc 87865 24k" $mnt/f3
xfs_io -f -c "falloc -k 1105920 152k" $mnt/f4
xfs_io -c "falloc -k 24k 48k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -c "reflink $mnt/f1 64k 92k 8k" $mnt/f1
chattr +C $mnt/f2
