# extsim conformance workload, gen.py seed 534
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "truncate 560k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 308k 1064960 264k" $mnt/sv/g0
xfs_io -c "truncate 328k" $mnt/f0
sync
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "pwrite 1890007 52k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4k 924k 1875968" $mnt/f0
sync
xfs_io -c "fpunch 888k 220k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 12k 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 1302528 1892352 604k" $mnt/sv/g0
xfs_io -c "truncate 1325879" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 944k 52k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "truncate 997093" $mnt/sv/g0
xfs_io -c "fzero -k 1052672 11368" $mnt/f0
xfs_io -c "reflink $mnt/f0 1651173 352k 12080" $mnt/sv/g0
xfs_io -c "fpunch 676129 192k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/sv/g0 48k 916k 240k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 124k 880k 20k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 604k 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1359872 24k" $mnt/sv/g1
sync
xfs_io -f -c "falloc -k 928k 48k" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "falloc -k 688k 32k" $mnt/f0
sync
xfs_io -c "dedupe $mnt/sv/g1 692k 0 12k" $mnt/f1
xfs_io -c "pwrite -S 0x63 140k 4k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 1962758 8k" $mnt/f3
xfs_io -f -c "reflink $mnt/f2 0 660k 4k" $mnt/f4
xfs_io -f -c "reflink $mnt/f0" $mnt/f5
xfs_io -c "pwrite -S 0x63 456k 4k" $mnt/f5
xfs_io -c "truncate 897285" $mnt/f4
xfs_io -c "reflink $mnt/f1 0 564k 4k" $mnt/f1
xfs_io -c "truncate 54050" $mnt/sv/g0
xfs_io -c "falloc 440k 12078" $mnt/f4
xfs_io -c "dedupe $mnt/f4 88k 24k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 832k 256k" $mnt/f5
xfs_io -c "dedupe $mnt/f4 596707 412k 8k" $mnt/f1
chattr +C $mnt/f2
xfs_io -c "falloc 1594356 40k" $mnt/f1
xfs_io -c "falloc -k 756k 8k" $mnt/f1
xfs_io -c "pwrite -S 0x63 1859584 2488" $mnt/f5
xfs_io -c "reflink $mnt/f1 1343488 1355776 8k" $mnt/f1
md5sum $mnt/f4
btrfs subvolume snapshot -r $mnt/sv $mnt/s2
xfs_io -c "dedupe $mnt/f0 32k 8k 20k" $mnt/f0
xfs_io -c "falloc -k 206858 20k" $mnt/f5
btrfs subvolume snapshot -r $mnt/sv $mnt/s3
xfs_io -f -c "pwrite -S 0x61 1868973 64k" $mnt/sv/g2
xfs_io -c "fsync" $mnt/f4
