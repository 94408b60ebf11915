# extsim conformance workload, gen.py seed 571
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 2994176 44k" $mnt/f0
xfs_io -c "falloc 7430144 8k" $mnt/f0
xfs_io -c "fzero 6979584 40k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 3024864 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1564672 76k" $mnt/f1
xfs_io -c "truncate 3149453" $mnt/f0
xfs_io -c "pwrite -S 0x61 1458176 12089" $mnt/f1
xfs_io -c "pwrite -S 0xcd 7110656 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1961984 0 5156864" $mnt/f0
xfs_io -c "falloc 824k 108k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite 8282112 48k" $mnt/f1
xfs_io -c "fzero 1447436 28k" $mnt/f0
xfs_io -f -c "truncate 5185536" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x63 2015232 10028" $mnt/s1/g0
xfs_io -c "truncate 596075" $mnt/s1/f0
xfs_io -c "falloc -k 1335296 64k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g0 4407296 904k 12k" $mnt/s1/g0
xfs_io -c "pwrite 5677056 52k" $mnt/f1
xfs_io -c "falloc -k 124k 200k" $mnt/s1/f0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "pwrite 5640192 84k" -c "fdatasync" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s3
xfs_io -f -c "reflink $mnt/f0 5611520 104k 576k" $mnt/s3/g0
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s3/g0 256k 0 428k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 3234947 8411" -c "fsync" $mnt/f1
xfs_io -f -c "falloc 4915200 48k" $mnt/f2
md5sum $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 6598656 5109" $mnt/s2/g0
