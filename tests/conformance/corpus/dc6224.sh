# extsim conformance workload, gen.py seed 6224 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc -k 624k 36k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 300k 8060" $mnt/sv/g0
xfs_io -c "falloc 16499 120k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 151811 4k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 860k 3m" $mnt/f0
xfs_io -c "pwrite 262061 228k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 372k 9145" $mnt/f1
chattr +C $mnt/f1
sync
echo 1 > /proc/sys/vm/drop_caches
md5sum $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fsync" $mnt/f1
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "falloc -k 1277952 48k" $mnt/f0
xfs_io -c "reflink $mnt/f1 92k 304k 48k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 260k 48k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1000k 8k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 484k 472k 20k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 694644 40k" $mnt/f2
xfs_io -c "pwrite -S 0x63 1449984 188k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 748k 7084" -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 297060 5572" $mnt/f1
xfs_io -c "pwrite -S 0x61 2290 8k" -c "fsync" $mnt/sv/g1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x63 152k 236k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0" $mnt/f1
xfs_io -c "falloc 851023 28k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 3588096 492k 16k" $mnt/f2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite 584k 56k" $mnt/f2
xfs_io -c "truncate 168k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 3379200 12125" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g0 199749 3506176 36k" $mnt/f1
xfs_io -c "pwrite -S 0x61 0 148k" -c "fsync" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 280k 1767" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g1 76k 184k 20k" $mnt/f0
xfs_io -c "fpunch 108k 8k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 252k 44k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 60k 252k" $mnt/sv/g1
chattr +C $mnt/f2
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 182720 40k" $mnt/sv/g2
xfs_io -c "reflink $mnt/f2 572k 3559424 132k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fpunch 266859 60k" $mnt/sv/g1
xfs_io -c "fsync" $mnt/sv/g1
umount $mnt
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 257271 28k" $mnt/s1/f2
xfs_io -c "pwrite -S 0x61 3321856 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2199552 12k" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 412k 12k" $mnt/f2
xfs_io -c "reflink $mnt/s1/f0 1347584 3977216 2498560" $mnt/f0
sync
xfs_io -c "pwrite -S 0xcd 3801088 1885" $mnt/s1/f1
xfs_io -f -c "truncate 268k" $mnt/s1/g0
xfs_io -c "fpunch 116k 32k" $mnt/s1/f0
