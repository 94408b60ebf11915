# extsim conformance workload, gen.py seed 137 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 21614592 200k" $mnt/f0
xfs_io -c "reflink $mnt/f0 12087296 16445440 2977792" $mnt/f0
xfs_io -c "falloc 7920015 11m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 18989056 0 2834432" $mnt/f0
xfs_io -c "pwrite -S 0x62 11161209 60k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 5042176 13m" $mnt/f0
xfs_io -c "pwrite -S 0x63 3170304 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 13144064 25780224 2641920" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1486848 25m 28k" $mnt/f0
xfs_io -c "fpunch 11038720 68k" $mnt/f0
xfs_io -c "reflink $mnt/f0 19169280 31404032 3252224" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 32980992 56k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 20713472 40k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fzero 17264640 32k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 32288768 11778" $mnt/f0
xfs_io -c "falloc 13230080 10m" $mnt/f0
xfs_io -c "fzero -k 34365440 60k" $mnt/f0
xfs_io -c "reflink $mnt/f0 25432064 12472320 52k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 31150080 1m" $mnt/f0
xfs_io -c "fzero 28033018 52k" $mnt/f0
xfs_io -f -c "truncate 5881856" $mnt/sv/g0
xfs_io -c "falloc 4128768 148k" $mnt/sv/g0
xfs_io -c "pwrite 5286276 16k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 1064960 7m" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "falloc -k 27879593 44k" $mnt/f1
xfs_io -c "reflink $mnt/f1 0 19374080 12k" $mnt/f0
