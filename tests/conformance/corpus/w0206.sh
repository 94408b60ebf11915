# extsim conformance workload, gen.py seed 206 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 8921088 32k" $mnt/f0
xfs_io -f -c "falloc 28494466 10m" $mnt/f1
xfs_io -f -c "pwrite -b 1m 6758400 7m" -c "fsync" $mnt/f2
xfs_io -c "dedupe $mnt/f1 24670208 48k 8k" $mnt/f1
xfs_io -c "pwrite 7930173 5250" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 7544832 11m" $mnt/f2
xfs_io -c "falloc -k 13324288 2m" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 -b 1m 2068480 6m" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f1 16474112 16982016 3588096" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 414341 1725" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f2 17092608 17428480 768k" $mnt/f0
xfs_io -c "fpunch 18018304 12k" $mnt/f2
xfs_io -c "reflink $mnt/f0 8085504 32907264 3608576" $mnt/f0
xfs_io -c "truncate 16891904" $mnt/f2
xfs_io -c "fpunch 23080960 303" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "fpunch 20127744 644" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 34709504 2867200 420k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 21198032 116k" $mnt/f0
xfs_io -c "pwrite -S 0x63 6894890 176k" $mnt/f2
xfs_io -c "truncate 29752642" $mnt/f1
xfs_io -c "fzero -k 16867328 64k" $mnt/f2
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 33582033 25939968 20k" $mnt/f2
