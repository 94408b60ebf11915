# extsim conformance workload, gen.py seed 402 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 11493376" $mnt/f0
xfs_io -c "reflink $mnt/f0 4366336 10039296 4075520" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 9826304 1m" $mnt/f0
xfs_io -c "fpunch 10371072 176k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x63 13656064 52k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 1331200 12m" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite 7606272 11008" $mnt/f0
xfs_io -c "truncate 11407360" $mnt/f0
xfs_io -c "falloc -k 7766016 10m" $mnt/f0
xfs_io -c "reflink $mnt/f0 916k 1875968 1302528" $mnt/f0
xfs_io -c "reflink $mnt/f0 10788864 1773568 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 6672384 14m" $mnt/f0
xfs_io -c "falloc -k 20484096 4m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 11407360 6709248 24k" $mnt/f0
xfs_io -f -c "pwrite -b 1m 7925760 15m" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd -b 1m 21012480 4m" $mnt/f0
xfs_io -c "reflink $mnt/f0 19460096 21024768 44k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 11026432 16572416 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 33267712 240k" $mnt/f1
xfs_io -c "truncate 11243520" $mnt/f0
md5sum $mnt/f1
xfs_io -f -c "pwrite 4296704 212k" $mnt/f2
xfs_io -c "falloc 6787072 52k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 14143488 15m" $mnt/f1
xfs_io -c "truncate 3904475" $mnt/f0
xfs_io -c "reflink $mnt/f2 100k 3432448 2m" $mnt/f0
xfs_io -c "truncate 12046336" $mnt/f1
xfs_io -c "dedupe $mnt/f0 5111808 0 32k" $mnt/f2
xfs_io -c "dedupe $mnt/f1 21680128 21676032 4k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "reflink $mnt/f0 1449984 4558848 2052096" $mnt/f1
xfs_io -c "falloc 11350016 597" $mnt/f1
sync
xfs_io -c "fpunch 16207289 3804" $mnt/s1/g1
xfs_io -c "falloc -k 16274759 1m" $mnt/f2
xfs_io -c "falloc -k 1638400 64k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x63 -b 1m 6930432 13m" $mnt/f1
xfs_io -c "falloc -k 3004551 11m" $mnt/f1
xfs_io -c "truncate 9547776" $mnt/s1/g1
xfs_io -c "falloc -k 8933376 2m" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 18837513 40k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s2/f0 976k 12894208 28k" $mnt/s1/g0
xfs_io -c "pwrite -b 1m 1675264 3m" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 18509824 56k" -c "fdatasync" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/s2/f0
xfs_io -c "fpunch 12369920 248k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 252k 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 21807104 5600" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 4714496 491" $mnt/s1/f1
xfs_io -c "fzero -k 1769472 24k" $mnt/s1/f2
xfs_io -f -c "truncate 31559517" $mnt/f3
xfs_io -c "truncate 2007040" $mnt/s1/f0
