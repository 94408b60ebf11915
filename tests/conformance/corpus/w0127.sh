# extsim conformance workload, gen.py seed 127
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc 5017600 144k" $mnt/f0
xfs_io -c "fzero -k 2084864 12k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 2965504 48k" -c "fsync" $mnt/sv/g0
xfs_io -c "falloc -k 3010560 56k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 4238945 212k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1847296 1740800 400k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1998848 1630208 428k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 4943872 40k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 4243456 2015232 4k" $mnt/sv/g0
xfs_io -c "falloc -k 2023424 44k" $mnt/sv/g0
xfs_io -f -c "falloc -k 3603772 212k" $mnt/sv/g1
xfs_io -c "fzero -k 5300224 36k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 2387968 7m 704k" $mnt/sv/g1
sync
xfs_io -c "dedupe $mnt/sv/g1 1662976 40k 28k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 6703792 48k" $mnt/sv/g1
xfs_io -c "truncate 1597382" $mnt/sv/g0
xfs_io -c "fpunch 5240764 200k" $mnt/sv/g1
umount $mnt
mount $dev $mnt
xfs_io -c "falloc -k 184k 28k" $mnt/sv/g0
xfs_io -c "fpunch 9044 64k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1511424 6123520 98246" $mnt/sv/g1
xfs_io -c "fzero 1515520 60k" $mnt/sv/g0
rm -f $mnt/sv/g0
sync
xfs_io -c "truncate 6082560" $mnt/sv/g1
