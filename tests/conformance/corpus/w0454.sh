# extsim conformance workload, gen.py seed 454
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 5607424" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2818048 120k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 3526656 7241728 1957888" $mnt/f1
xfs_io -c "pwrite -S 0x63 4984737 24k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 2519040 4k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 5296128 28k" $mnt/f1
xfs_io -c "pwrite -S 0x63 4861952 64k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 920k 5562368 2301952" $mnt/f0
xfs_io -c "fzero -k 608k 64k" $mnt/f0
xfs_io -c "pwrite -S 0x62 7471104 9566" $mnt/f0
xfs_io -c "pwrite -S 0x61 2625536 12k" $mnt/f1
md5sum $mnt/f1
xfs_io -c "dedupe $mnt/f0 2555904 8k 28k" $mnt/f0
xfs_io -c "falloc 4304896 28k" $mnt/f0
sync
xfs_io -c "truncate 7381250" $mnt/f1
xfs_io -c "dedupe $mnt/f0 572k 12k 20k" $mnt/f0
xfs_io -c "fzero 6713344 28k" $mnt/f0
md5sum $mnt/f1
xfs_io -c "pwrite 2531328 4k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x62 3862001 144k" $mnt/f0
xfs_io -c "fpunch 5927093 32k" $mnt/f0
xfs_io -f -c "falloc -k 6537216 28k" $mnt/f2
md5sum $mnt/f2
xfs_io -c "pwrite -S 0x61 1882838 56k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 203713 60k" $mnt/f2
xfs_io -c "falloc -k 2437120 88k" $mnt/f0
xfs_io -c "falloc 4292608 44k" $mnt/f1
xfs_io -c "reflink $mnt/f0 5652480 196k 880k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -c "reflink $mnt/f0 844k 3387392 6070272" $mnt/f1
rm -f $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f2 616k 152k 28k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f2 4276224 3567616 44k" $mnt/f1
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 4063232 28k 32k" $mnt/f0
xfs_io -c "pwrite 72k 12k" $mnt/f2
xfs_io -f -c "reflink $mnt/f0" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f0 1359872 1351680 12k" $mnt/s1/f0
xfs_io -c "fpunch 2220487 16k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/s1/f2 652k 5808128 16k" $mnt/f1
xfs_io -c "pwrite -S 0x63 8093696 196k" $mnt/s1/f0
