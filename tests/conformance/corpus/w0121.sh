# extsim conformance workload, gen.py seed 121 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 0 19169280 4k" $mnt/f0
xfs_io -c "truncate 8753152" $mnt/f0
xfs_io -f -c "truncate 30273536" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 7913472 24k" -c "fsync" $mnt/sv/g0
xfs_io -c "fpunch 24711168 20k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 7286784 112k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 3198976 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 21811200 232k" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fpunch 12718080 52k" $mnt/sv/g0
xfs_io -c "fzero -k 3156056 64k" $mnt/f0
xfs_io -c "fpunch 6029312 3543" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 8667136 25538560 68k" $mnt/f0
xfs_io -c "fpunch 798675 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 9560064 4k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 -b 1m 10588160 11m" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 11059200 16k" $mnt/sv/g1
xfs_io -c "fzero 28610560 9735" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
rm -f $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 6983680 0 1773568" $mnt/sv/g1
sync
xfs_io -f -c "pwrite -S 0xcd -b 1m 20566016 5m" -c "fdatasync" $mnt/sv/g1
xfs_io -c "fzero 5287936 52k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -b 1m 31223808 7m" $mnt/s1/f0
xfs_io -c "fpunch 6918144 16k" $mnt/sv/g1
xfs_io -c "fzero -k 29859840 48k" $mnt/s1/f0
chattr +C $mnt/s1/f0
xfs_io -c "fpunch 15179776 24k" $mnt/sv/g0
