# extsim conformance workload, gen.py seed 6288 --drop-caches 0.08
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 464k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 224k 60k" $mnt/f1
xfs_io -c "reflink $mnt/f1 160k 144k 20k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 252k 232k 32k" $mnt/f1
xfs_io -c "fpunch 116k 32k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 132k 232k 344k" $mnt/f1
xfs_io -c "pwrite -S 0x61 108k 192k" $mnt/f0
xfs_io -c "pwrite -S 0x61 208k 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 628k 4k" $mnt/f2
xfs_io -c "reflink $mnt/f0 264k 296k 80k" $mnt/f2
xfs_io -c "fpunch 1008k 64k" $mnt/f2
sync
xfs_io -c "fpunch 72k 6355" $mnt/f0
chattr +C $mnt/f2
xfs_io -c "falloc 320k 48k" $mnt/f2
xfs_io -c "pwrite -S 0x61 212k 228k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 36k 4k" $mnt/f1
xfs_io -c "fzero 349304 52k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 200k 12k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 228k 20k" -c "fsync" $mnt/f2
chattr +C $mnt/f1
xfs_io -c "falloc -k 67420 12k" $mnt/f1
xfs_io -c "pwrite -S 0x63 580k 7870" $mnt/f2
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x62 80k 12k" $mnt/f0
xfs_io -c "fzero 300k 60k" $mnt/f1
xfs_io -c "falloc 0 2m" $mnt/f2
xfs_io -c "dedupe $mnt/f0 300k 0 24k" $mnt/f0
xfs_io -c "falloc 50571 212k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 756k 20k" $mnt/f3
xfs_io -c "fdatasync" $mnt/f3
xfs_io -f -c "falloc -k 407536 1080" $mnt/f4
xfs_io -c "truncate 898033" $mnt/f4
xfs_io -f -c "reflink $mnt/f0" $mnt/f5
xfs_io -c "fzero 68k 20k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 740k 252k" $mnt/f6
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f0 308k 20k 32k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 936k 24k" -c "fsync" $mnt/f7
xfs_io -c "falloc 1519616 40k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 277823 180k" -c "fdatasync" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "fpunch 676k 52k" $mnt/f2
xfs_io -c "pwrite -S 0x62 344k 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f4 400k 0 12k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x63 424k 7981" $mnt/f1
xfs_io -c "fpunch 52k 32k" $mnt/f1
xfs_io -c "falloc 152k 64k" $mnt/f4
xfs_io -c "fpunch 268k 36k" $mnt/f3
chattr +C $mnt/f4
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f2 776k 36k 28k" $mnt/f0
xfs_io -c "fpunch 632k 60k" $mnt/f3
xfs_io -c "falloc -k 216123 100k" $mnt/f7
xfs_io -c "dedupe $mnt/f6 344k 432k 20k" $mnt/f0
touch $mnt/f7
chattr +C $mnt/f7
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x61 728k 160k" $mnt/f0
xfs_io -c "fpunch 436k 104k" $mnt/f1
