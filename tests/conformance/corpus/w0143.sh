# extsim conformance workload, gen.py seed 143
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0xcd 604k 9952" $mnt/f0
xfs_io -c "pwrite -S 0x61 592k 40k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/f1 776k 516k 2m" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 4k 36k 4k" $mnt/f2
xfs_io -c "pwrite 560k 24k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 456k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f2 0 80k 4k" $mnt/f0
btrfs subvolume snapshot -r $mnt/sv $mnt/s2
xfs_io -c "fpunch 716k 48k" $mnt/f2
xfs_io -c "falloc 672338 64k" $mnt/f0
xfs_io -c "falloc -k 645939 1098" $mnt/f0
xfs_io -c "reflink $mnt/f2 388k 608k 188k" $mnt/f2
xfs_io -f -c "falloc -k 760k 32k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/f2 0 212k 4k" $mnt/f3
xfs_io -f -c "truncate 132k" $mnt/f4
xfs_io -f -c "pwrite -S 0xcd 924k 20k" -c "fdatasync" $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/f3
xfs_io -c "dedupe $mnt/f1 4k 0 4k" $mnt/f0
xfs_io -c "truncate 165195" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 104k 28k" -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 964k 12k" -c "fsync" $mnt/sv/g0
xfs_io -c "falloc -k 630601 192k" $mnt/f3
xfs_io -c "fsync" $mnt/f0
sync
xfs_io -c "pwrite 25896 156k" $mnt/sv/g1
sync
xfs_io -r -c "fiemap -v" $mnt/sv/g1
xfs_io -c "truncate 68293" $mnt/f2
xfs_io -c "reflink $mnt/f1 0 0 4k" $mnt/f1
xfs_io -c "reflink $mnt/sv/g0 752k 696k 136k" $mnt/sv/g0
xfs_io -c "pwrite 8447 228k" $mnt/f2
