# extsim conformance workload, gen.py seed 174
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc 1437696 1m" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
md5sum $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1052672 1396736 76k" $mnt/f0
xfs_io -f -c "pwrite 736k 28k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 2404352 1761280 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 592k 152k" $mnt/f1
xfs_io -c "pwrite -S 0x63 227155 40k" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 72k 24k" $mnt/f1
xfs_io -c "pwrite -S 0x63 504k 196k" $mnt/f1
xfs_io -c "truncate 308k" $mnt/f0
xfs_io -c "pwrite -S 0x63 865139 32k" $mnt/f0
xfs_io -c "falloc -k 346552 212k" $mnt/f1
xfs_io -c "reflink $mnt/f1 364k 916k 72k" $mnt/f1
xfs_io -c "falloc -k 0 64k" $mnt/f1
sync
xfs_io -c "fpunch 296k 152k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 224k 48k" $mnt/f1
xfs_io -c "fpunch 916k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 968k 116k" -c "fdatasync" $mnt/f1
rm $mnt/f0
xfs_io -f -c "falloc -k 248k 20k" $mnt/f0
