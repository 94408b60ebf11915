# extsim conformance workload, gen.py seed 379 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 32665600 16k" $mnt/f0
xfs_io -c "truncate 31150080" $mnt/f0
xfs_io -c "falloc 8186208 216k" $mnt/f0
xfs_io -c "fpunch 31109762 48k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f0 1228800 20k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 11198464 12693504 19349504" $mnt/f0
xfs_io -c "falloc 29394006 3m" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "truncate 11720016" $mnt/f0
xfs_io -c "fpunch 5214208 48k" $mnt/f0
sync
xfs_io -c "fzero -k 1560576 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 29396992 10m" $mnt/f1
rm $mnt/f1
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 2113536 14m" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 6078464 22491136 10727424" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 16703488 6951" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 14196736 14m" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 19017728 6m" $mnt/f1
xfs_io -f -c "falloc -k 20262912 52k" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 15634432 156k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -b 1m 3305472 8m" $mnt/f0
xfs_io -c "dedupe $mnt/f1 124k 0 25186304" $mnt/f1
xfs_io -c "pwrite -S 0xcd 27381760 116k" $mnt/f0
