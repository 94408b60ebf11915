# extsim conformance workload, gen.py seed 277
mkfs.btrfs -f $dev -b 256m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite -S 0x61 3476780 40k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 156k 268k 2076672" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 168k 2142208 3357996" $mnt/f1
xfs_io -c "dedupe $mnt/f0 596k 1605632 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 384k 60k" $mnt/f0
xfs_io -c "fzero -k 2326528 48k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 8081408" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 956k 60k" -c "fdatasync" $mnt/f2
xfs_io -c "dedupe $mnt/f2 656k 0 32k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 152k 2m" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 1777664 2686" $mnt/f0
xfs_io -c "reflink $mnt/f0 2383872 552k 216k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f1 7856128 128k 8k" $mnt/s1/f2
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
xfs_io -c "pwrite -S 0xcd 2080768 20k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f1 372k 3002368 4k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f0 424k 0 3087660" $mnt/s1/g2
xfs_io -c "fpunch 2359296 64k" $mnt/s1/f1
xfs_io -c "falloc 2174976 1m" $mnt/s1/g2
xfs_io -c "dedupe $mnt/s1/f0 3031040 12k 8k" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/f1 5435392 7241728 1867776" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 184k 256k" -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 6807552 7809" $mnt/s1/g1
