# extsim conformance workload, gen.py seed 176 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 32440216 10069" $mnt/f0
xfs_io -c "falloc 24887296 32k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 -b 1m 17530880 14m" -c "fdatasync" $mnt/f0
xfs_io -c "fzero 13695199 152k" $mnt/f0
xfs_io -c "reflink $mnt/f0 22327296 5033984 7348224" $mnt/f0
xfs_io -c "dedupe $mnt/f0 17453056 60k 32k" $mnt/f0
xfs_io -c "truncate 15253504" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -b 1m 30543872 9m" -c "fsync" $mnt/f0
xfs_io -c "falloc -k 4174927 4k" $mnt/f0
xfs_io -c "fpunch 22771926 44k" $mnt/f0
xfs_io -c "fpunch 31428608 56k" $mnt/f0
xfs_io -c "fpunch 11653120 8k" $mnt/f0
xfs_io -c "falloc -k 5472256 64k" $mnt/f0
xfs_io -c "pwrite -S 0x61 18046976 12k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 32739328 3m" -c "fsync" $mnt/f0
xfs_io -c "falloc 2539520 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 18108416 64k 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 0 20799488 8k" $mnt/f0
xfs_io -c "fzero -k 5178773 44k" $mnt/f0
xfs_io -c "fpunch 37457920 5628" $mnt/f0
xfs_io -c "falloc 5545984 4m" $mnt/f1
