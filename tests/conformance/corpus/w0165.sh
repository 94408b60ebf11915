# extsim conformance workload, gen.py seed 165 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 21164032 80k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc 9355264 7m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 -b 1m 13225984 11m" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 6254592 3633152 2129920" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 3268608 3276800 28k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 2498560 0 22265856" $mnt/sv/g0
xfs_io -c "falloc -k 9179136 3m" $mnt/sv/g0
xfs_io -c "falloc -k 22192128 8m" $mnt/sv/g0
xfs_io -f -c "truncate 25018368" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/sv/g0 2801664 20959232 21962752" $mnt/f0
xfs_io -f -c "truncate 8089600" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x62 11239424 12k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 28545024 4k" -c "fdatasync" $mnt/f1
xfs_io -c "fzero 10149888 64k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 -b 1m 4509696 5m" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0xcd -b 1m 18857984 7m" $mnt/f2
xfs_io -c "reflink $mnt/f0 22378807 14725120 64k" $mnt/sv/g1
xfs_io -c "fpunch 3921778 232k" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 6602752 15m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 18477056 1490" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g2 26664960 26660864 24k" $mnt/sv/g2
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "reflink $mnt/f2 5996544 16691200 14290944" $mnt/f0
