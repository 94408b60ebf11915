# extsim conformance workload, gen.py seed 131
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0xcd 204k 60k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 104k 52k 12k" $mnt/sv/g0
rm -f $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 0 176k 4k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 248k 4m" $mnt/sv/g0
xfs_io -c "fpunch 1421312 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1613824 4145152 1814528" $mnt/sv/g0
xfs_io -c "truncate 288k" $mnt/sv/g0
xfs_io -c "fpunch 36k 144k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 68k 56k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 20k 112k 280k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 268k 228k" $mnt/sv/g0
xfs_io -c "truncate 324k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt/sv $mnt/s1
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -f -c "reflink $mnt/f0 0 200k 4k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 604889 16k" -c "fdatasync" $mnt/f1
btrfs subvolume snapshot $mnt/sv $mnt/s2
sync
sync
xfs_io -c "fzero -k 156k 52k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 385343 11613" $mnt/s2/g1
xfs_io -c "pwrite -S 0x63 484k 1315" $mnt/sv/g0
md5sum $mnt/f1
xfs_io -c "fsync" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 700k 12k" $mnt/f0
xfs_io -c "fzero 260k 8k" $mnt/s2/g1
xfs_io -c "fpunch 196k 188k" $mnt/s2/g1
chattr +C $mnt/sv/g1
xfs_io -f -c "falloc -k 428k 244k" $mnt/f2
xfs_io -c "truncate 62039" $mnt/s2/g0
xfs_io -c "falloc -k 152125 24k" $mnt/f2
sync
xfs_io -c "falloc 700k 4742" $mnt/s2/g1
xfs_io -c "truncate 553079" $mnt/f2
xfs_io -c "pwrite 416k 731" $mnt/f0
xfs_io -c "fzero -k 328k 48k" $mnt/f0
xfs_io -f -c "truncate 920k" $mnt/s2/g2
xfs_io -f -c "pwrite -S 0x63 176163 44k" $mnt/s2/g1
xfs_io -c "pwrite -S 0x62 48k 44k" $mnt/s2/g0
xfs_io -c "fpunch 124k 16k" $mnt/sv/g0
umount $mnt
mount $dev $mnt
