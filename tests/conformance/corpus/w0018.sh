# extsim conformance workload, gen.py seed 18 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 4k 30756864 4k" $mnt/sv/g0
xfs_io -f -c "falloc -k 11698176 128k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 13545472 192k" $mnt/sv/g0
xfs_io -c "fpunch 12197888 36k" $mnt/sv/g0
xfs_io -c "falloc 8403698 6m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 -b 1m 9625600 7m" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0xcd -b 1m 3104768 7m" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 0 27160576 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 11259904 144k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 10924032 14m" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 8634368 0 8k" $mnt/f0
rm $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 24502272 10960896 28k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 24694784 10133504 184k" $mnt/f0
xfs_io -f -c "falloc 15475918 6126" $mnt/f1
xfs_io -c "pwrite -S 0x61 11460608 56k" $mnt/f0
rm $mnt/f0
xfs_io -c "truncate 6275072" $mnt/f1
sync
xfs_io -c "pwrite -S 0x62 18710528 12k" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0xcd -b 1m 32956416 13m" $mnt/f1
sync
xfs_io -c "pwrite -S 0x63 -b 1m 24506368 1m" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite -S 0x63 -b 1m 22622208 6m" $mnt/sv/g1
xfs_io -c "dedupe $mnt/s1/f1 4091904 64k 20k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g1 26845184 41495187 28k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 13822163 72k" $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 -b 1m 10022912 11m" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 9707520 4235" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 -b 1m 928k 7m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 5294446 9185" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 21590016 152k" $mnt/sv/g1
xfs_io -c "reflink $mnt/s1/f1 7823360 13889536 18395136" $mnt/f1
