# extsim conformance workload, gen.py seed 572
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 0 664k 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 0 0 32k" $mnt/f0
xfs_io -c "fpunch 1302528 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 740k 4k" $mnt/f0
xfs_io -f -c "falloc 564k 16k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 415919 16k" $mnt/f0
xfs_io -c "fpunch 680k 60k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 232k 240k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite 1990656 8k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 104k 28k" $mnt/sv/g0
xfs_io -c "falloc -k 172k 44k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 1957888 96k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "truncate 107701" $mnt/sv/g0
xfs_io -c "truncate 895250" $mnt/f0
xfs_io -c "truncate 480k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1355776 60k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 482637 3518" -c "fsync" $mnt/f0
chattr +C $mnt/sv/g0
xfs_io -c "falloc 186137 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 316k 196k" -c "fsync" $mnt/f1
xfs_io -c "falloc 164k 8k" $mnt/f1
xfs_io -c "falloc -k 508k 60k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f1 332k 340k 16k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1146880 64k" $mnt/f0
xfs_io -c "fzero -k 108k 156k" $mnt/f1
xfs_io -c "reflink $mnt/f0 772k 1224704 216k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 712k 56k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f1 276k 852k 240k" $mnt/f0
xfs_io -c "pwrite 644k 60k" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/f1 128k 652k 0" $mnt/sv/g1
xfs_io -c "reflink $mnt/f1 144k 360k 152k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 416k 0 16k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 84k 40k" -c "fdatasync" $mnt/f2
