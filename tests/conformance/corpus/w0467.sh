# extsim conformance workload, gen.py seed 467
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc 196k 24k" $mnt/sv/g0
xfs_io -c "falloc -k 181701 4m" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 64k 40k 28k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 96k 52k 96k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 72k 92k 144k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 300k 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 84k 12k" -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 192k 0 120k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 92002 20k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 72k 84k 60k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 64545 152k" $mnt/sv/g1
sync
xfs_io -f -c "falloc 988k 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 460k 8793" $mnt/f1
xfs_io -f -c "pwrite 986612 10002" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 616k 1m" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g1 164k 100k 4k" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd 244k 28k" $mnt/sv/g0
xfs_io -c "fpunch 952k 4k" $mnt/f0
rm $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g0 168k 68k 16k" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "reflink $mnt/f1 1012k 576k 0" $mnt/f0
xfs_io -c "fzero -k 104k 56k" $mnt/sv/g1
xfs_io -c "fsync" $mnt/f0
rm -f $mnt/f1
xfs_io -c "pwrite -S 0x61 217835 60k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 160k 120k 28k" $mnt/sv/g1
chattr +C $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "truncate 660505" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 192k 3m" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 766431 928k 48k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 616k 0 369926" $mnt/s2/g1
xfs_io -c "reflink $mnt/sv/g1 340k 128k 2461696" $mnt/s1/f0
xfs_io -c "truncate 101444" $mnt/s2/g0
xfs_io -c "reflink $mnt/sv/g1 3051520 184k 16k" $mnt/sv/g1
xfs_io -c "reflink $mnt/s2/g0 44k 12k 36k" $mnt/s2/g0
xfs_io -c "pwrite -S 0xcd 694562 28k" $mnt/sv/g1
