# extsim conformance workload, gen.py seed 146 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 14381056 56k" $mnt/sv/g0
xfs_io -c "fpunch 608k 8k" $mnt/sv/g0
xfs_io -f -c "truncate 13033472" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 -b 1m 22659072 16m" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 1722155 192k" $mnt/sv/g2
xfs_io -c "falloc 7344128 9m" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g2 8151040 8163328 28k" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g2 30658560 4608000 788k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 37835617 180k" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g1 6664192 52k 16k" $mnt/sv/g0
xfs_io -c "falloc 884660 16m" $mnt/sv/g0
md5sum $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 -b 1m 16633856 2m" -c "fsync" $mnt/sv/g2
xfs_io -c "pwrite -S 0xcd -b 1m 17420288 16m" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 16437248 33128448 340k" $mnt/sv/g0
xfs_io -c "truncate 33230848" $mnt/sv/g1
xfs_io -c "fpunch 19484887 4904" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 14880768 48k 28k" $mnt/sv/g0
md5sum $mnt/sv/g2
xfs_io -f -c "reflink $mnt/sv/g2 14364672 12697600 0" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g1 28594176 64k 20k" $mnt/f0
xfs_io -c "falloc -k 6692864 9m" $mnt/sv/g0
rm $mnt/sv/g2
xfs_io -c "falloc -k 12005376 6m" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 36065280 18997248 1093632" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 22956197 52k" $mnt/f0
xfs_io -c "fpunch 29483008 48k" $mnt/sv/g0
xfs_io -c "fpunch 34050048 36k" $mnt/f0
xfs_io -c "fpunch 4595712 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 2666496 4m" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g1 17731584 8294400 28k" $mnt/f0
xfs_io -c "pwrite 31559680 24k" $mnt/f0
xfs_io -c "fpunch 17711104 12k" $mnt/f0
xfs_io -f -c "falloc 20127797 12m" $mnt/f1
