# extsim conformance workload, gen.py seed 180 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 0 9121792 4k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 31809536 1m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 26091520 12k" $mnt/sv/g0
xfs_io -c "fpunch 28786570 32k" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "truncate 20754432" $mnt/sv/g0
xfs_io -c "fpunch 568k 40k" $mnt/sv/g0
xfs_io -c "falloc 23445504 192k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 -b 1m 20217856 10m" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 20570112 19124224 7925760" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 18726912 13m" $mnt/f1
xfs_io -c "dedupe $mnt/f0 10842112 12k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 9068544 5m" $mnt/sv/g0
xfs_io -c "fpunch 2637275 52k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 2490368 19292160 492k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 6868992 8k" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd -b 1m 14663680 4m" $mnt/f0
xfs_io -c "fzero 2371584 252k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 14069760 32k" -c "fdatasync" $mnt/f1
xfs_io -c "falloc 19927040 14m" $mnt/sv/g1
sync
xfs_io -f -c "pwrite -S 0x63 -b 1m 33521664 15m" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1 21028864 22196224 24281088" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd -b 1m 37076992 10m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 16314368 196k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g1" $mnt/f1
xfs_io -f -c "falloc -k 2289664 2m" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 19066880 4k" $mnt/f0
chattr +C $mnt/f0
sync
xfs_io -c "truncate 21872019" $mnt/f2
xfs_io -c "fpunch 7643136 3m" $mnt/f0
xfs_io -c "pwrite -S 0x63 18432000 56k" $mnt/sv/g1
