# extsim conformance workload, gen.py seed 466 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 23607230 16k" $mnt/f0
xfs_io -c "falloc -k 17536011 64k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 9334784 10711040 628k" $mnt/f1
xfs_io -c "reflink $mnt/f1 1769472 8933376 9596928" $mnt/f1
xfs_io -c "falloc 7405568 6m" $mnt/f1
xfs_io -c "dedupe $mnt/f1 4870144 32k 28k" $mnt/f0
xfs_io -f -c "truncate 24653824" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 -b 1m 6451200 14m" -c "fsync" $mnt/f3
xfs_io -c "truncate 7124589" $mnt/f0
xfs_io -c "reflink $mnt/f2 22224896 1130496 1851392" $mnt/f0
xfs_io -c "reflink $mnt/f0 6246400 952k 784k" $mnt/f2
xfs_io -c "fsync" $mnt/f3
xfs_io -c "reflink $mnt/f0 1736704 13037568 4829184" $mnt/f0
xfs_io -c "reflink $mnt/f3 19845120 15597568 264k" $mnt/f2
sync
xfs_io -c "dedupe $mnt/f1 3411968 32k 8k" $mnt/f0
xfs_io -c "fpunch 6405920 1m" $mnt/f3
xfs_io -c "fzero -k 10319767 32k" $mnt/f3
xfs_io -c "pwrite -S 0x63 9756672 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3321856 12001280 4399104" $mnt/f1
xfs_io -c "falloc 19075072 2735" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 -b 1m 15810560 1m" -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x62 1173048 20k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -c "fzero -k 14753792 96k" $mnt/f1
xfs_io -c "fpunch 29274112 64k" $mnt/f1
xfs_io -c "falloc 17096704 3m" $mnt/f3
sync
xfs_io -c "truncate 24993792" $mnt/f0
