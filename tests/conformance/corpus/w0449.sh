# extsim conformance workload, gen.py seed 449 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 -b 1m 24301568 4m" $mnt/f0
xfs_io -c "fpunch 12222464 40k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -b 1m 32763904 12m" $mnt/f0
xfs_io -c "falloc -k 21129653 14m" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 24014848 8k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 16519168 3m" $mnt/f1
xfs_io -c "reflink $mnt/f1 5611520 6979584 18350080" $mnt/f0
xfs_io -c "dedupe $mnt/f1 64k 56k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 21450752 15m" $mnt/f1
xfs_io -c "falloc 5775360 16m" $mnt/f1
md5sum $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 16547840 10m" -c "fsync" $mnt/f1
xfs_io -f -c "falloc 18048455 1m" $mnt/f2
xfs_io -c "pwrite 21073920 152k" $mnt/f0
xfs_io -c "falloc 15450112 32k" $mnt/f1
xfs_io -c "pwrite -S 0x61 25915392 64k" $mnt/f2
xfs_io -c "truncate 30621517" $mnt/f1
xfs_io -c "truncate 8806400" $mnt/f2
xfs_io -c "fpunch 4103239 88k" $mnt/f0
chattr +C $mnt/f2
rm -f $mnt/f1
xfs_io -c "reflink $mnt/f2 1716224 8732672 6422528" $mnt/f2
xfs_io -c "pwrite -S 0x61 14929920 32k" $mnt/f2
xfs_io -c "pwrite -S 0x61 -b 1m 13320192 5m" $mnt/f0
xfs_io -c "reflink $mnt/f2 8093696 8110080 32k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 14348288 13385728 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f2 10379264 32k 16k" $mnt/f0
sync
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "dedupe $mnt/s1/f2 12820480 36k 4k" $mnt/f0
xfs_io -c "fzero -k 12857344 2155" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "dedupe $mnt/s2/f0 41058304 21139456 16k" $mnt/f0
xfs_io -c "falloc 17563648 5m" $mnt/s2/f2
xfs_io -c "truncate 29650944" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 27901952 4613" $mnt/f1
