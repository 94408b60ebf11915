# extsim conformance workload, gen.py seed 77
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "reflink $mnt/f0 0 572k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 812325 9028" $mnt/f0
xfs_io -c "pwrite -S 0x62 448k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 216k 16k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x61 806850 8124" $mnt/f0
xfs_io -c "reflink $mnt/f0 708k 92k 84k" $mnt/f0
xfs_io -c "fpunch 60k 438" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fzero -k 488k 88k" $mnt/f0
xfs_io -c "pwrite 236k 212k" $mnt/f0
xfs_io -f -c "pwrite 280k 72k" -c "fsync" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 680k 468k 137321" $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "pwrite -S 0x63 512k 88k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 976k 232k" $mnt/sv/g0
xfs_io -c "fzero 214465 244k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 736k 11335" $mnt/f0
xfs_io -c "fpunch 748k 1m" $mnt/f0
chattr +C $mnt/f0
rm $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "reflink $mnt/sv/g0" $mnt/f0
xfs_io -c "pwrite -S 0x62 532k 228k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 149429 44k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 820k 12k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 676k 28k" $mnt/sv/g0
xfs_io -c "fpunch 704k 200k" $mnt/f0
xfs_io -c "reflink $mnt/f0 192k 592k 492k" $mnt/sv/g0
xfs_io -c "falloc 816k 240k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 780k 876k 88k" $mnt/sv/g0
xfs_io -c "falloc 904k 1254" $mnt/sv/g0
xfs_io -c "fzero 544k 156k" $mnt/sv/g0
xfs_io -c "fpunch 301027 44k" $mnt/f0
xfs_io -c "fpunch 524k 5394" $mnt/f0
xfs_io -c "truncate 1069015" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 1015798 4k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 1089047 76k" $mnt/f0
