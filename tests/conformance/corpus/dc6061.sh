# extsim conformance workload, gen.py seed 6061 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 416k 28k" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "pwrite 588k 3783" $mnt/f0
xfs_io -c "fpunch 568204 9291" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 446608 52k" $mnt/f0
xfs_io -c "fpunch 8k 1969" $mnt/f0
xfs_io -c "dedupe $mnt/f0 300k 24k 8k" $mnt/f0
xfs_io -c "truncate 454012" $mnt/f0
xfs_io -f -c "truncate 800k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 432k 20k" -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f0 428k 212k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f1 620k 168k 120k" $mnt/f0
xfs_io -c "pwrite -S 0x61 106936 4k" $mnt/f0
xfs_io -c "reflink $mnt/f1 424k 292k 376k" $mnt/f0
xfs_io -c "pwrite -S 0x61 645880 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 112k 0 560k" $mnt/f1
xfs_io -c "reflink $mnt/f0 308k 580k 76k" $mnt/f0
xfs_io -c "falloc 184k 24k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 792308 4469" $mnt/f1
xfs_io -c "dedupe $mnt/f0 392k 36k 28k" $mnt/f0
xfs_io -c "falloc 744911 152" $mnt/f0
xfs_io -c "dedupe $mnt/f1 268k 64k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 452k 20k 20k" $mnt/f0
xfs_io -c "falloc -k 600k 44k" $mnt/f1
xfs_io -c "reflink $mnt/f1 140k 796k 660k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x63 670563 252k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -r -c "fiemap -v" $mnt/s1/f0
sync
xfs_io -c "truncate 760k" $mnt/s1/f1
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "falloc 168k 40k" $mnt/f0
xfs_io -c "pwrite -S 0x63 604k 240k" $mnt/s1/f1
xfs_io -c "reflink $mnt/f1 144k 228k 184k" $mnt/f1
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "reflink $mnt/s1/f0 652k 424k 16k" $mnt/s1/g0
xfs_io -c "falloc 776k 28k" $mnt/f0
xfs_io -c "fpunch 646476 228k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 328k 116k 120k" $mnt/f1
rm -f $mnt/f0
xfs_io -c "fzero -k 177688 3347" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 44k 4k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite 272k 24k" $mnt/s1/f1
chattr +C $mnt/s1/f1
xfs_io -c "fpunch 340k 28k" $mnt/s1/f0
chattr +C $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 244k 320k 104k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 58050 78" $mnt/s1/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "truncate 21330" $mnt/s1/g1
sync
xfs_io -c "dedupe $mnt/f1 536k 16k 28k" $mnt/f1
xfs_io -c "fpunch 212k 32k" $mnt/s1/f1
xfs_io -c "fsync" $mnt/s1/f1
rm $mnt/f1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 12k 40k" $mnt/s1/g1
xfs_io -c "fpunch 900k 152k" $mnt/s1/g1
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 164k 10701" $mnt/s1/f1
xfs_io -c "pwrite -S 0xcd 472k 16k" -c "fdatasync" $mnt/s1/f1
xfs_io -c "falloc -k 780k 36k" $mnt/s1/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x61 56k 52k" $mnt/s1/f1
umount $mnt
mount $dev $mnt
