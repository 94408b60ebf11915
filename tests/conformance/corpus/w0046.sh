# extsim conformance workload, gen.py seed 46
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 0 524k 4k" $mnt/f0
xfs_io -c "falloc 2269184 44k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
rm $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 1153413 12k" $mnt/f0
xfs_io -c "fzero -k 1925120 3m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 748k 212k" $mnt/f0
xfs_io -c "truncate 4232" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 376k 28k" $mnt/sv/g0
xfs_io -c "pwrite 68k 36k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 6332416 44k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 232k 64k 28k" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/f0 2293760 1253376 4k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 148k 0 260k" $mnt/f0
xfs_io -c "pwrite -S 0x61 6180864 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 2863104 36k" $mnt/f0
xfs_io -c "fpunch 2473984 12k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 316k 1110016 56k" $mnt/sv/g1
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x62 716k 12k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 1802240 308430 44k" $mnt/sv/g1
xfs_io -c "fpunch 2928640 240k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/sv/g1
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 48178 108k" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 96k 40k" $mnt/sv/g0
