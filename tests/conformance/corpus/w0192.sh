# extsim conformance workload, gen.py seed 192
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 956k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "truncate 211458" $mnt/f0
xfs_io -c "falloc 60k 28k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite 1699840 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1835008 8k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 536k 64k 32k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x62 1830912 36k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc -k 616k 3411" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f1" $mnt/f0
xfs_io -c "falloc 544k 20k" $mnt/s1/f2
xfs_io -c "reflink $mnt/f0 1466368 1314816 60k" $mnt/s1/f2
xfs_io -c "truncate 1258247" $mnt/s1/f0
rm -f $mnt/f1
xfs_io -c "pwrite -S 0x61 848k 2988" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
sync
xfs_io -c "falloc -k 652k 28k" $mnt/s1/f0
sync
xfs_io -f -c "falloc 1130496 88k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 1966080 28k" -c "fsync" $mnt/s2/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/s1/f0
chattr +C $mnt/s2/f0
xfs_io -c "pwrite 232k 7475" $mnt/f2
xfs_io -c "reflink $mnt/s1/f0 704k 1527808 504k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s1/f0 868k 576k 236k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1703936 28k" -c "fdatasync" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/f0 1105920 1671168 720k" $mnt/f2
xfs_io -c "reflink $mnt/s2/g0 388k 580k 84k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 276k 16k" $mnt/s2/g1
xfs_io -c "reflink $mnt/s1/f2 692k 816k 808k" $mnt/s1/f1
xfs_io -c "falloc 1384448 216k" $mnt/f0
md5sum $mnt/s1/f1
xfs_io -f -c "reflink $mnt/f2 1400832 916k 348k" $mnt/f1
xfs_io -c "fsync" $mnt/s2/f2
xfs_io -f -c "truncate 179223" $mnt/s1/g0
sync
xfs_io -c "pwrite -S 0x62 80k 10636" $mnt/f1
xfs_io -c "reflink $mnt/f0 80k 1372160 1175552" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 836k 952k 116k" $mnt/s2/g0
xfs_io -c "fpunch 68k 16k" $mnt/s2/f0
xfs_io -f -c "falloc 36k 208k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/f2 820k 0 1008k" $mnt/s1/f0
xfs_io -c "truncate 1466368" $mnt/f0
