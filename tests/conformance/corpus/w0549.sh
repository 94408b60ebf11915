# extsim conformance workload, gen.py seed 549 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 4460544 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 15138816 8m" $mnt/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "truncate 5216364" $mnt/f2
xfs_io -c "reflink $mnt/f0 2117632 2392064 2367488" $mnt/f0
xfs_io -c "reflink $mnt/f2 4276224 22093824 640k" $mnt/f0
xfs_io -c "reflink $mnt/f2 3592192 9593819 52k" $mnt/f2
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f2 3403776 3002368 20k" $mnt/f2
xfs_io -f -c "pwrite 24133632 44k" -c "fdatasync" $mnt/f0
xfs_io -c "falloc 16517048 13m" $mnt/f1
xfs_io -c "dedupe $mnt/f2 2768896 44k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 17432576 1096" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 14512128 32k" $mnt/f3
xfs_io -c "falloc -k 536k 950" $mnt/f2
xfs_io -c "truncate 29519872" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 12369920 28405760 11694080" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 3371008 160k" $mnt/f4
sync
xfs_io -c "reflink $mnt/f2 3801088 22269952 1427564" $mnt/f2
sync
md5sum $mnt/f1
xfs_io -c "fpunch 22007808 48k" $mnt/f0
xfs_io -c "pwrite -b 1m 14491648 8m" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 7176192 124k" $mnt/f0
sync
xfs_io -f -c "truncate 7647232" $mnt/f5
xfs_io -f -c "pwrite -S 0x61 21344256 28k" $mnt/f6
xfs_io -f -c "pwrite -S 0x63 2953216 32k" $mnt/f0
xfs_io -c "falloc 24342528 56k" $mnt/f1
xfs_io -c "falloc 18509824 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 11898880 28k" $mnt/f0
xfs_io -c "falloc -k 29847552 13m" $mnt/f1
xfs_io -c "fpunch 3808621 20k" $mnt/f6
xfs_io -c "fsync" $mnt/f0
md5sum $mnt/f4
xfs_io -c "fsync" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 8413184 12k" $mnt/s1/f4
sync
sync
xfs_io -c "dedupe $mnt/s1/f4 20008960 60k 12k" $mnt/f0
chattr +C $mnt/s1/f3
xfs_io -c "falloc 6930432 2m" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x61 -b 1m 6074368 10m" $mnt/s1/f3
chattr +C $mnt/f3
xfs_io -c "reflink $mnt/s1/f2 1855488 3584000 0" $mnt/s1/f5
xfs_io -r -c "fiemap -v" $mnt/s1/f3
xfs_io -c "reflink $mnt/f2 1753088 336k 1253376" $mnt/f0
xfs_io -c "fpunch 17924096 216k" $mnt/s1/f3
xfs_io -c "falloc 32626676 4m" $mnt/f4
xfs_io -c "fpunch 12107776 48k" $mnt/s1/f3
xfs_io -c "reflink $mnt/f2 840k 168k 4288512" $mnt/s1/f6
xfs_io -f -c "pwrite -S 0x63 -b 1m 18862080 12m" $mnt/s1/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/s1/f1 10465280 15618048 18067456" $mnt/f0
xfs_io -c "pwrite -S 0x63 31010446 3686" -c "fsync" $mnt/s1/f1
xfs_io -c "fpunch 1511424 11403" $mnt/f2
xfs_io -c "pwrite -S 0x63 1979625 160k" $mnt/f2
xfs_io -c "falloc 16564224 4k" $mnt/s2/f6
xfs_io -c "reflink $mnt/f1 10428416 3391488 19095552" $mnt/f2
xfs_io -c "pwrite -S 0x63 7507968 168k" $mnt/f5
chattr +C $mnt/f5
xfs_io -c "fpunch 10653696 216k" $mnt/f0
xfs_io -f -c "falloc -k 31938086 128k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f0 5652480 0 24k" $mnt/s1/f5
