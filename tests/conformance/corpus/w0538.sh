# extsim conformance workload, gen.py seed 538
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 284k 7447" $mnt/f0
xfs_io -c "falloc 928k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x61 748k 20k" -c "fdatasync" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 772k 12k 4k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 865107 44k" $mnt/f1
xfs_io -c "reflink $mnt/f1 124k 108k 124k" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x63 856k 8k" $mnt/f2
xfs_io -c "pwrite -S 0x62 96k 3216" $mnt/f1
xfs_io -c "pwrite -S 0x63 772k 168k" -c "fsync" $mnt/f2
xfs_io -f -c "truncate 504k" $mnt/f3
xfs_io -c "pwrite -S 0x61 812k 1m" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f3
xfs_io -c "fpunch 248k 7918" $mnt/f1
sync
rm $mnt/f2
xfs_io -c "dedupe $mnt/f0 80k 0 1802240" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f1 456k 0 447315" $mnt/f1
xfs_io -c "falloc 808k 176k" $mnt/f1
xfs_io -c "pwrite -S 0x63 411188 36k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 81198 40k" -c "fdatasync" $mnt/f2
xfs_io -c "falloc 1613824 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 992k 100k" $mnt/f3
xfs_io -c "pwrite -S 0x62 25836 4213" $mnt/f2
xfs_io -c "pwrite -S 0xcd 184k 50" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 304414 172k" $mnt/f4
xfs_io -f -c "pwrite -S 0x63 532k 32k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 32k 8k" $mnt/f4
xfs_io -c "fdatasync" $mnt/f4
xfs_io -c "reflink $mnt/f4 224k 796k 4k" $mnt/f4
xfs_io -c "pwrite -S 0xcd 328k 8551" $mnt/f4
xfs_io -c "reflink $mnt/f2 44k 680k 68k" $mnt/f1
xfs_io -c "pwrite -S 0x63 132k 56k" -c "fdatasync" $mnt/f3
xfs_io -c "pwrite -S 0x61 36k 8k" $mnt/f2
xfs_io -c "reflink $mnt/f0 1376256 44k 504k" $mnt/f2
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x63 864k 8512" $mnt/f2
