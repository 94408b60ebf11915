# extsim conformance workload, gen.py seed 433
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 392k 11677" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 68k 16k" -c "fdatasync" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 48k 508k 176k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "fzero -k 508k 100k" $mnt/f1
xfs_io -f -c "falloc 692k 64k" $mnt/f2
xfs_io -f -c "pwrite 116k 24k" -c "fdatasync" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "truncate 104k" $mnt/f0
xfs_io -c "falloc 292k 208k" $mnt/f1
xfs_io -c "falloc -k 3723 20k" $mnt/f1
xfs_io -c "reflink $mnt/f2 540k 168k 60k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 912k 32k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 24k 8k 8k" $mnt/f0
xfs_io -c "fsync" $mnt/f2
xfs_io -f -c "pwrite 460k 1840" $mnt/f0
xfs_io -c "falloc 688k 44k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f1 44k 252k 0" $mnt/f2
xfs_io -c "pwrite -S 0x63 736k 64k" $mnt/f0
xfs_io -c "fpunch 64k 248k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 192k 36k 24k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 304k 28k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 4k 92k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 48k 5487" $mnt/f2
xfs_io -c "fpunch 460k 28k" $mnt/f2
xfs_io -f -c "falloc 195443 1986" $mnt/f3
xfs_io -c "fpunch 708k 1m" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 760k 164k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0" $mnt/f3
xfs_io -c "pwrite -S 0xcd 660k 168k" $mnt/f2
xfs_io -c "pwrite -S 0x63 77332 28k" -c "fsync" $mnt/f3
xfs_io -c "pwrite -S 0x61 708k 32k" -c "fdatasync" $mnt/f2
xfs_io -c "dedupe $mnt/f0 176k 0 752k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 104k 24k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 512k 8k" $mnt/f2
