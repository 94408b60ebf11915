# extsim conformance workload, gen.py seed 269 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 -b 1m 4345856 4m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 7446528 4801" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 5873664 92k" $mnt/f0
xfs_io -c "falloc -k 14450688 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1634304 7299072 2306048" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3158016 0 6451200" $mnt/f0
xfs_io -c "dedupe $mnt/f0 8622080 64k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 8486912 60k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3874816 23678976 4231168" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "reflink $mnt/f0 27206239 27488256 4m" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 18141184 52k 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5914624 52k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 7213167 132k" -c "fdatasync" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x62 9003008 48k" $mnt/f0
xfs_io -f -c "falloc 18594968 60k" $mnt/f1
xfs_io -c "truncate 17637376" $mnt/f1
xfs_io -c "truncate 2396160" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 15675392 9m" $mnt/f1
xfs_io -c "truncate 19054592" $mnt/f1
xfs_io -c "pwrite -S 0x62 1625083 4k" $mnt/f1
xfs_io -c "pwrite -S 0x61 17739776 212k" $mnt/f0
xfs_io -c "pwrite 19349504 44k" $mnt/f1
xfs_io -c "truncate 12193792" $mnt/f0
xfs_io -c "pwrite -S 0xcd 11239424 40k" -c "fdatasync" $mnt/f0
