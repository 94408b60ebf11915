# extsim conformance workload, gen.py seed 190 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/sv/g0 0 10366976 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 26730496 4k" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 32419840 16k" $mnt/sv/g0
xfs_io -c "fzero -k 25202688 44k" $mnt/sv/g0
md5sum $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 -b 1m 31043584 8m" $mnt/sv/g0
xfs_io -c "falloc 29949952 20k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 27639808 17973248 11804672" $mnt/sv/g0
xfs_io -c "fpunch 31285248 32k" $mnt/sv/g0
xfs_io -c "fzero 11214848 60k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 34148352 56k" -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 19894272 16k" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 31444992 212k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 -b 1m 8470528 10m" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 20922368 38293504 8k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 8519680 27181056 28k" $mnt/sv/g0
xfs_io -c "fpunch 22150498 56k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 31059968 31055872 20k" $mnt/sv/g0
umount $mnt
mount $dev $mnt
sync
xfs_io -c "reflink $mnt/sv/g0 20045824 35409920 7012352" $mnt/sv/g0
xfs_io -f -c "falloc 28733440 12k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 31977472 27553792 8k" $mnt/sv/g1
rm -f $mnt/sv/g1
xfs_io -f -c "reflink $mnt/sv/g0 8753152 11624448 0" $mnt/sv/g1
