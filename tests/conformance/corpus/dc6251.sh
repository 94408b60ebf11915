# extsim conformance workload, gen.py seed 6251 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc 532k 36k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 156k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 36679 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 16k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 210354 40k" $mnt/f0
xfs_io -c "pwrite -S 0x62 226910 64k" $mnt/f0
xfs_io -c "falloc 752k 52k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "falloc 532k 236k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 708k 36k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
touch $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 0 660k 4k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 441380 44k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 592k 6249" -c "fdatasync" $mnt/sv/g0
xfs_io -f -c "falloc -k 272k 64k" $mnt/f1
xfs_io -c "falloc -k 250464 4k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "truncate 292k" $mnt/f0
xfs_io -c "fpunch 256k 7631" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f1 0 0 4k" $mnt/sv/g0
touch $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -c "reflink $mnt/f0 52k 56k 173" $mnt/f0
xfs_io -c "pwrite -S 0x61 616k 44k" $mnt/sv/g1
xfs_io -f -c "falloc -k 868k 60k" $mnt/sv/g2
xfs_io -c "truncate 244k" $mnt/sv/g2
xfs_io -f -c "pwrite 100k 20k" -c "fdatasync" $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x62 628k 192k" $mnt/sv/g1
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 284k 60k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g2 168k 0 80k" $mnt/f1
md5sum $mnt/f1
xfs_io -c "falloc -k 180k 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 403912 164k" $mnt/f2
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "reflink $mnt/f1 0 492k 4k" $mnt/s1/g0
xfs_io -c "falloc 972k 12k" $mnt/s1/f1
xfs_io -c "falloc -k 669773 52k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f2 496k 328k 56k" $mnt/s1/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 480k 11399" $mnt/s1/f2
sync
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x63 824k 32k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/f2
xfs_io -c "truncate 260876" $mnt/s1/f2
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "pwrite -S 0x63 164k 2919" -c "fdatasync" $mnt/s1/f2
sync
echo 1 > /proc/sys/vm/drop_caches
sync
echo 1 > /proc/sys/vm/drop_caches
md5sum $mnt/sv/g2
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/s1/f2 212k 532k 8k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 816k 164k" $mnt/s1/f2
xfs_io -c "dedupe $mnt/sv/g1 344k 0 24k" $mnt/f1
xfs_io -c "falloc -k 833819 64k" $mnt/s1/f2
xfs_io -c "falloc -k 556k 100k" $mnt/s1/g0
xfs_io -c "fpunch 416k 8k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 184k 768k 284k" $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 12k 28k" $mnt/s1/g0
xfs_io -f -c "falloc 340k 2m" $mnt/s1/g1
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
xfs_io -f -c "pwrite -S 0x63 476k 252k" $mnt/f0
