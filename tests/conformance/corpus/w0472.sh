# extsim conformance workload, gen.py seed 472
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "truncate 576k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 232k 4467" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1063657 64k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 24k 40k 28k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 4k 64k 8k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 132k 52k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 524k 72k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "pwrite 636k 84k" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "falloc 96k 12210" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/sv/g1 20k 1523712 64k" $mnt/f0
md5sum $mnt/sv/g1
xfs_io -c "reflink $mnt/f0 1175552 76k 408k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 8k 76k 32k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 1462272 2376" $mnt/f0
xfs_io -c "fzero -k 724k 20k" $mnt/f0
xfs_io -c "falloc 952k 232k" $mnt/sv/g1
rm $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 820k 48k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 224k 32k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "fzero -k 336k 64k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 224k 144k" $mnt/sv/g0
xfs_io -c "truncate 96179" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f0 1277952 1179648 52k" $mnt/f0
sync
xfs_io -c "falloc -k 2031844 3m" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0xcd 548k 252k" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x62 1544192 20k" -c "fdatasync" $mnt/sv/g3
rm $mnt/sv/g2
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "dedupe $mnt/sv/g1 36k 56k 16k" $mnt/f0
