# extsim conformance workload, gen.py seed 266
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 112k 2419" $mnt/sv/g0
xfs_io -f -c "falloc -k 72k 64k" $mnt/f0
xfs_io -c "pwrite 88k 76k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc -k 916k 108k" $mnt/f0
xfs_io -c "pwrite -S 0x63 240k 12k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 104k 160k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 212k 12k 32k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 680k 20k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 188k 36k" $mnt/f0
xfs_io -c "fzero -k 120k 104k" $mnt/sv/g0
xfs_io -c "fzero 314591 56k" $mnt/f0
xfs_io -c "reflink $mnt/f0 44k 100k 160k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 228468 64k" $mnt/f0
xfs_io -c "pwrite -S 0x61 166473 204k" -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 280k 280k 32k" $mnt/sv/g0
xfs_io -c "truncate 409720" $mnt/sv/g0
xfs_io -c "fpunch 548k 11242" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x63 76k 56k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc 840k 4m" $mnt/sv/g0
xfs_io -c "fzero 3055616 12k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 1232896 36k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 1974272 24k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 1499136 1503232 24k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 3363305 835" $mnt/sv/g0
