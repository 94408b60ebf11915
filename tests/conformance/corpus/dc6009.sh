# extsim conformance workload, gen.py seed 6009 --drop-caches 0.08
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 852k 505" $mnt/f0
xfs_io -c "pwrite 264k 9780" $mnt/f0
xfs_io -c "falloc 180k 20k" $mnt/f0
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -c "pwrite -S 0x61 480322 16k" $mnt/f0
xfs_io -c "falloc -k 192k 3m" $mnt/f0
xfs_io -c "pwrite -S 0x62 372438 180k" $mnt/f0
xfs_io -c "pwrite -S 0x62 756k 24k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 28k 8k" $mnt/f0
xfs_io -f -c "pwrite 596k 60k" $mnt/f0
echo 1 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f0 572k 788k 64k" $mnt/f0
xfs_io -c "pwrite -S 0x62 608k 4485" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 88k 232k 96k" $mnt/f0
xfs_io -c "pwrite -S 0x62 968k 24k" $mnt/f0
xfs_io -f -c "pwrite 336k 3990" $mnt/f0
xfs_io -c "pwrite -S 0x61 168k 20k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 488k 32k" $mnt/f0
xfs_io -c "reflink $mnt/f0 400k 348k 604k" $mnt/f0
md5sum $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 502271 56k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 12k 40k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 232k 4k 20k" $mnt/f1
xfs_io -c "reflink $mnt/f0 556k 36k 288k" $mnt/f1
xfs_io -c "fpunch 1012k 7246" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 890204 32k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 228k 128k 52k" $mnt/f2
xfs_io -c "falloc -k 131123 96k" $mnt/f0
xfs_io -c "pwrite -S 0x63 124k 5868" $mnt/f2
xfs_io -f -c "falloc 396k 4m" $mnt/f3
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x63 -b 1m 3518464 3m" $mnt/f3
xfs_io -c "reflink $mnt/f1 300k 2125824 68k" $mnt/f3
xfs_io -f -c "reflink $mnt/f2 176k 784k 4k" $mnt/f4
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "fpunch 680k 56k" $mnt/f1
xfs_io -c "falloc -k 201140 28k" $mnt/f4
xfs_io -c "truncate 588k" $mnt/f1
xfs_io -c "dedupe $mnt/f3 6385664 424k 16k" $mnt/f1
sync
echo 3 > /proc/sys/vm/drop_caches
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f4 764k 764k 16k" $mnt/f4
xfs_io -r -c "fiemap -v" $mnt/f2
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0xcd 516k 52k" $mnt/f2
xfs_io -c "reflink $mnt/f2 360k 560542 108k" $mnt/f4
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x63 5054464 10941" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f3
sync
xfs_io -f -c "reflink $mnt/f0 656k 860k 348k" $mnt/f5
xfs_io -c "reflink $mnt/f2 106990 544k 36k" $mnt/f5
xfs_io -c "pwrite -S 0x63 92k 136k" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/f5 4k 120k 4k" $mnt/f1
xfs_io -c "reflink $mnt/f5 0 316k 4k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f4
xfs_io -c "fzero 720k 8k" $mnt/f4
echo 1 > /proc/sys/vm/drop_caches
