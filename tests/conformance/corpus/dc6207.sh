# extsim conformance workload, gen.py seed 6207 --drop-caches 0.08
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 736k 52k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 488k 500k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f0 684k 400k 52k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 264k 536k 272k" $mnt/f1
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0xcd 796k 48k" $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc 744k 3m" $mnt/f1
xfs_io -c "dedupe $mnt/f1 72k 48k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 355332 172k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "falloc -k 412k 3m" $mnt/f3
sync
xfs_io -c "falloc -k 452k 100k" $mnt/f0
xfs_io -c "fpunch 184k 10687" $mnt/f3
xfs_io -c "falloc 904k 168k" $mnt/f3
xfs_io -c "fdatasync" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 656k 412k 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 172k 52k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f3 624k 156k 368k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 588k 88k" $mnt/f3
xfs_io -c "falloc -k 204k 80k" $mnt/f0
xfs_io -c "fpunch 252k 60k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f3 464k 64k 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 552k 0 240k" $mnt/f3
xfs_io -c "falloc 656k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 287988 28k" $mnt/f2
xfs_io -c "pwrite -S 0x61 477075 168k" -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x63 20k 56k" $mnt/f3
chattr +C $mnt/f1
xfs_io -f -c "truncate 280k" $mnt/f4
xfs_io -r -c "fiemap -v" $mnt/f4
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fsync" $mnt/f1
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x61 196k 64k" $mnt/f4
xfs_io -c "pwrite -S 0x63 542136 44k" $mnt/f1
xfs_io -c "reflink $mnt/f1" $mnt/f0
chattr +C $mnt/f1
xfs_io -c "truncate 233758" $mnt/f4
xfs_io -c "reflink $mnt/f2 96k 416k 24k" $mnt/f2
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite 84k 144k" $mnt/f4
xfs_io -c "pwrite -S 0x61 272k 136k" $mnt/f2
sync
xfs_io -c "reflink $mnt/f4 200k 476k 12k" $mnt/f2
xfs_io -c "fpunch 192526 228k" $mnt/f0
xfs_io -c "reflink $mnt/f4 156k 144k 24k" $mnt/f4
xfs_io -c "fzero -k 104k 64k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
md5sum $mnt/f4
xfs_io -c "dedupe $mnt/s1/f4 76k 788k 28k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f3 492k 2801664 532k" $mnt/f0
xfs_io -c "pwrite -S 0x62 3499252 32k" $mnt/f0
xfs_io -c "fsync" $mnt/f3
