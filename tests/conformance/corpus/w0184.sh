# extsim conformance workload, gen.py seed 184 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x62 525436 48k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 512k 44k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "fpunch 27283456 48k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
sync
xfs_io -c "falloc 304k 10m" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 26607616 16m" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 20586496 42254336 8261632" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 27484160 12115968 5935104" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 -b 1m 12382208 7m" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 520k 18616320 30650368" $mnt/s1/g0
xfs_io -c "truncate 49811456" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 18272256 40k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 -b 1m 18931712 8m" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 26251264 40378368 23465984" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 17154048 52k" $mnt/s1/g0
xfs_io -f -c "falloc -k 21925888 5m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 39002112 13m" -c "fdatasync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 2199552 6m" $mnt/s1/g0
rm $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 4k 5365760 4k" $mnt/f0
xfs_io -c "truncate 28815360" $mnt/f0
xfs_io -c "dedupe $mnt/f0 28487680 48k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 4475605 12k" $mnt/f0
rm $mnt/f0
sync
xfs_io -f -c "falloc 20582400 52k" $mnt/s1/g0
rm $mnt/s1/g0
xfs_io -f -c "reflink $mnt/s1/g0 0 17920000 4k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 4k 10633216 8k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 4636672 12k" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "pwrite -S 0x63 -b 1m 4276224 4m" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 1605632 32k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 7004160 4292608 28k" $mnt/s1/g0
xfs_io -c "fpunch 4796076 28k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
md5sum $mnt/s1/g0
