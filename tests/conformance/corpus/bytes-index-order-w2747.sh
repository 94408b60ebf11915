# Linux 6.18 (w2747 shrunk): near full, the three blocks of sv/g1 are written back (by the probe's fiemap) as 4 KiB pieces, which go to free ranges of equal length in the order they were linked into the bytes index, not by address (D36)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 -b 1m 10141696 8m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 13881344 6m" $mnt/sv/g0
xfs_io -c "fzero 11033700 12k" $mnt/sv/g0
xfs_io -f -c "falloc -k 17817600 40k" $mnt/f0
xfs_io -c "falloc 32718848 56k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x63 1454080 60k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd -b 1m 22265856 8m" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 12587008 11m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1411554 4k" $mnt/f1
xfs_io -c "reflink $mnt/f1 68k 30441472 1208320" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 23584768 12m" $mnt/f0
xfs_io -c "fpunch 11757748 28k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 6373376 8743" $mnt/sv/g1
xfs_io -c "fzero -k 6078464 40k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 10948608 2m" $mnt/sv/g2
xfs_io -c "pwrite -S 0x61 496k 4505" $mnt/f1
xfs_io -c "fpunch 18587648 24k" $mnt/f0
xfs_io -f -c "pwrite 5959680 12139" $mnt/s1/g0
xfs_io -c "reflink $mnt/sv/g2 2748416 23797760 5615616" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 26349568 1808" $mnt/s1/g0
xfs_io -f -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 1306624 48k" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 2658304 14m" $mnt/s1/g0
