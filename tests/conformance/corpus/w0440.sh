# extsim conformance workload, gen.py seed 440
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc 579156 6742" $mnt/f0
xfs_io -f -c "falloc -k 1665167 48k" $mnt/sv/g0
xfs_io -c "truncate 713858" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 124k 752k 36k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 1m 20k" $mnt/f1
xfs_io -c "falloc 152k 196k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 488k 52k" $mnt/f1
xfs_io -c "pwrite 745008 28k" $mnt/sv/g0
xfs_io -c "falloc -k 595243 32k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 308k 380k 24k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 104k 56k 671280" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 756k 64k" $mnt/sv/g1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/sv/g1 4k 648k 0" $mnt/sv/g0
xfs_io -c "fzero -k 40k 36k" $mnt/sv/g0
xfs_io -c "fzero -k 1381142 32k" $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f1 256k 0 28k" $mnt/sv/g0
sync
xfs_io -c "truncate 768k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1025010 48k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 496k 20k" $mnt/f1
xfs_io -c "pwrite -S 0x61 228k 11404" $mnt/f0
xfs_io -c "reflink $mnt/f0 516k 1060864 28k" $mnt/sv/g0
xfs_io -c "pwrite 1306624 52k" $mnt/f0
xfs_io -c "fzero 120k 5925" $mnt/sv/g2
xfs_io -c "pwrite -S 0x63 1396438 48k" -c "fdatasync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 832k 24k" $mnt/sv/g1
rm $mnt/s1/f1
xfs_io -r -c "fiemap -v" $mnt/f1
chattr +C $mnt/sv/g1
xfs_io -c "fpunch 1069056 1m" $mnt/sv/g2
