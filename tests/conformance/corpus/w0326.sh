# extsim conformance workload, gen.py seed 326
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 1368064 48k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 952k 180k" $mnt/f0
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 888k 60k" $mnt/f1
xfs_io -c "falloc 359633 24k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 564k 792k 12k" $mnt/f1
xfs_io -c "falloc 396k 144k" $mnt/f0
xfs_io -c "falloc 1138688 9047" $mnt/s1/f0
xfs_io -c "fpunch 1311369 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 788k 0 20k" $mnt/f1
xfs_io -c "pwrite 656k 140k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 596k 776k 792k" $mnt/s1/f0
xfs_io -c "fpunch 572k 216k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 456k 52k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f1 740k 300k 208k" $mnt/s1/f0
xfs_io -c "falloc -k 320k 7243" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 80k 156k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 968k 2060288 0" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 2043904 12k" -c "fdatasync" $mnt/s1/g0
xfs_io -f -c "truncate 376k" $mnt/f2
xfs_io -c "falloc 1216512 64k" $mnt/f0
xfs_io -c "reflink $mnt/f1 644k 180k 196k" $mnt/f1
xfs_io -c "fsync" $mnt/f2
xfs_io -c "falloc -k 157850 184k" $mnt/f2
xfs_io -c "dedupe $mnt/s1/f0 468k 480k 32k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 268k 92k" $mnt/s1/f0
xfs_io -c "pwrite -b 1m 1642496 3m" $mnt/f1
chattr +C $mnt/f2
xfs_io -c "fzero 1249280 4179" $mnt/f0
xfs_io -c "reflink $mnt/f2 84k 580k 152k" $mnt/s1/f0
