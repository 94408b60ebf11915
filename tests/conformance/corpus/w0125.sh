# extsim conformance workload, gen.py seed 125 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 285245 56k" $mnt/sv/g0
xfs_io -c "falloc 3317760 56k" $mnt/sv/g0
xfs_io -f -c "pwrite 4238479 88k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 1769472 2035712 1605632" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 300746 1908736 48k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 2457600 716k 396k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd -b 1m 2121728 11m" $mnt/f0
xfs_io -c "pwrite 13418496 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 13271040 9703424 88k" $mnt/f0
xfs_io -c "reflink $mnt/f0 6901760 1355776 6721536" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 7544832 8822784 1748992" $mnt/f0
xfs_io -c "pwrite -b 1m 7909376 8m" $mnt/f0
xfs_io -c "pwrite -S 0x62 4617507 932" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd -b 1m 23707648 14m" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 15282176 0 996k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 3702784 6316032 4k" $mnt/f0
xfs_io -c "falloc -k 15839232 2m" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 26304512 33988608 5849088" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 10390966 48k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/f0
md5sum $mnt/f0
sync
xfs_io -c "fpunch 1941504 40k" $mnt/f0
md5sum $mnt/sv/g0
xfs_io -c "fpunch 7380992 172k" $mnt/f0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 2891776 2117632 1884160" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 8830976 3m" $mnt/f0
xfs_io -c "fpunch 5672960 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd -b 1m 6557696 14m" $mnt/f1
xfs_io -c "pwrite -S 0xcd 6311936 64k" $mnt/f1
xfs_io -c "reflink $mnt/f1 16265216 16257024 28k" $mnt/f1
xfs_io -c "fzero -k 15667200 216k" $mnt/f0
xfs_io -f -c "falloc 11640832 2m" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 7901184 32661504 28k" $mnt/sv/g0
xfs_io -c "pwrite 8515584 934" $mnt/sv/g1
xfs_io -c "fsync" $mnt/f1
