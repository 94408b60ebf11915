# extsim conformance workload, gen.py seed 301
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "pwrite -S 0x61 2201380 3m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 3682304 72k" $mnt/f0
xfs_io -c "reflink $mnt/f0 4722688 304k 612k" $mnt/f0
xfs_io -c "fzero -k 6438912 16k" $mnt/f0
xfs_io -f -c "falloc 3432448 144k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "falloc -k 660k 248k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 5591040 148k" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 2035712 200k" $mnt/f0
xfs_io -f -c "pwrite 4706304 48k" $mnt/sv/g0
xfs_io -c "fpunch 6606848 7577" $mnt/sv/g0
xfs_io -c "truncate 3256320" $mnt/f0
xfs_io -c "pwrite 4911000 56k" $mnt/f0
xfs_io -c "pwrite -S 0x63 5306674 641" -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc -k 8036555 24k" $mnt/f0
xfs_io -c "falloc -k 2412544 52k" $mnt/f0
sync
xfs_io -c "fpunch 2431043 40k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1363968 2942" $mnt/f1
xfs_io -c "truncate 8212480" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 8200192 7114752 0" $mnt/f0
xfs_io -c "pwrite -S 0x61 6098944 24k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 6541312 28k" $mnt/f0
xfs_io -c "falloc 4182016 52k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 6668288 1527808 672k" $mnt/f0
rm -f $mnt/f0
md5sum $mnt/f1
xfs_io -c "dedupe $mnt/f1 740k 48k 12k" $mnt/f1
xfs_io -c "truncate 2015232" $mnt/f1
xfs_io -c "falloc -k 1508375 7238" $mnt/f1
rm $mnt/f1
chattr +C $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 6840320 32k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 3883008 4174" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 7882291 68k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 5156864 40k" -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 5160789 20k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 6791168 4k" -c "fdatasync" $mnt/sv/g0
sync
xfs_io -f -c "falloc 6037504 40k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 6905856 60k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 6918144 5222400 1097728" $mnt/sv/g1
md5sum $mnt/f0
