# extsim conformance workload, gen.py seed 36 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 16617472 48k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4k 0 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 15843328 40k" -c "fsync" $mnt/f1
xfs_io -c "falloc -k 25083904 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f0 0 11575296 0" $mnt/f1
xfs_io -c "pwrite -S 0x63 5738496 136k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 1966080 36k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 7487488 10m" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 2990080 5m" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x61 1034673 36k" $mnt/f1
sync
xfs_io -c "pwrite -S 0xcd 668k 56k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 6193152 3018752 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 3334144 5m" $mnt/f0
xfs_io -c "truncate 2916352" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 12742656 16m" $mnt/f1
xfs_io -c "falloc -k 1425408 4k" $mnt/f0
xfs_io -c "falloc 18636800 11m" $mnt/f1
xfs_io -c "pwrite -S 0x62 22761472 84k" $mnt/f1
xfs_io -f -c "pwrite 6672384 24k" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f1 27635712 6705152 32k" $mnt/f1
xfs_io -c "reflink $mnt/f0 1220608 21975040 1609728" $mnt/f1
xfs_io -c "fsync" $mnt/f1
rm -f $mnt/f0
xfs_io -c "falloc 19292160 3892" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 13594624 13m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 28k 20k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 20705280 44k" -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 18743296 7m" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite 4726784 256k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 27365376 7352320 24k" $mnt/f0
xfs_io -c "fpunch 2777088 24k" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
md5sum $mnt/f1
xfs_io -c "reflink $mnt/f2 0 23171072 4k" $mnt/f2
sync
xfs_io -c "pwrite -S 0x63 -b 1m 24895488 16m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3148846 16k" $mnt/f3
