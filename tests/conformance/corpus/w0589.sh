# extsim conformance workload, gen.py seed 589
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 872k 1264" $mnt/f0
xfs_io -f -c "truncate 764k" $mnt/f1
xfs_io -f -c "pwrite -S 0xcd 680k 8k" $mnt/f0
xfs_io -f -c "pwrite 692k 52k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 726825 3765" $mnt/f1
xfs_io -c "fzero -k 353117 56k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 116k 0 779504" $mnt/f0
xfs_io -c "fpunch 386580 10446" $mnt/f0
xfs_io -c "reflink $mnt/f0 20k 1839104 877808" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 436k 1142784 336k" $mnt/f2
xfs_io -c "reflink $mnt/f2" $mnt/f0
sync
xfs_io -c "fpunch 702532 2182" $mnt/f2
xfs_io -c "reflink $mnt/f1 224k 108k 340k" $mnt/f0
xfs_io -c "reflink $mnt/f1 632k 352k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 532k 312k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2031616 32k" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -c "fpunch 608823 6335" $mnt/f1
xfs_io -c "falloc -k 860k 28k" $mnt/f3
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 428k 1179648 12k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f1 1982464 1970176 24k" $mnt/f1
xfs_io -c "fzero 260k 8k" $mnt/s1/f3
xfs_io -c "reflink $mnt/s1/f1 560k 344k 608k" $mnt/s1/f0
xfs_io -c "truncate 96k" $mnt/f2
sync
xfs_io -c "fpunch 44k 32k" $mnt/f0
xfs_io -f -c "falloc 1983998 1649" $mnt/f4
xfs_io -c "dedupe $mnt/s1/f3 972k 12k 32k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f3 1204224 996k 852k" $mnt/f3
xfs_io -c "falloc -k 399537 44k" $mnt/s1/f2
xfs_io -c "reflink $mnt/f4 756k 1843200 312k" $mnt/s1/f2
xfs_io -c "dedupe $mnt/f3 1830912 60k 8k" $mnt/f0
