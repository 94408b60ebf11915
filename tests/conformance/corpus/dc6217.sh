# extsim conformance workload, gen.py seed 6217 --drop-caches 0.08
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 600k 36k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 616k 376k 4k" $mnt/f0
xfs_io -c "truncate 224k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f0 196k 4k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 416534 188k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 260k 52k 4k" $mnt/f0
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "reflink $mnt/f0 533299 224263 3m" $mnt/f0
xfs_io -c "fpunch 516k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 116k 32k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 364k 232k 228k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 56k 0 555798" $mnt/f0
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "falloc 948k 16k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
sync
echo 2 > /proc/sys/vm/drop_caches
xfs_io -f -c "pwrite -S 0x62 944k 32k" $mnt/f1
xfs_io -c "pwrite -S 0x63 288k 1m" $mnt/f0
xfs_io -c "falloc -k 496k 4k" $mnt/f1
rm $mnt/f1
xfs_io -c "fpunch 1191936 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 876k 36k" $mnt/sv/g0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f0 260k 52k 24k" $mnt/f0
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/f0 952k 136k 8k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 156k 24k" $mnt/sv/g0
xfs_io -c "falloc -k 914950 52k" $mnt/sv/g0
xfs_io -f -c "falloc 476k 56k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 188k 16k 32k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 28k 40k" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "reflink $mnt/s2/g1 8k 1163264 88k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 68k 372k 4m" $mnt/s2/g1
xfs_io -c "pwrite -S 0x61 184k 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 432k 40k" -c "fsync" $mnt/s2/g1
xfs_io -c "reflink $mnt/s2/g0 460k 16k 464k" $mnt/s2/g1
xfs_io -f -c "pwrite -S 0x63 472k 52k" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g2 332k 612k 152k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 1008984 4k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/sv/g1 424k 76k 20k" $mnt/f0
xfs_io -c "falloc -k 292k 220k" $mnt/s2/g1
xfs_io -c "pwrite -S 0x62 757845 56k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/g1 436k 436k 16k" $mnt/s2/g1
xfs_io -c "truncate 220k" $mnt/sv/g1
xfs_io -c "reflink $mnt/sv/g0 120k 768k 804k" $mnt/sv/g2
xfs_io -c "truncate 492k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 220k 520k 172k" $mnt/f1
xfs_io -c "reflink $mnt/sv/g2" $mnt/sv/g2
xfs_io -c "reflink $mnt/s2/g1 280k 940k 220k" $mnt/s2/g0
xfs_io -c "pwrite 4k 124k" $mnt/s2/g1
xfs_io -c "pwrite -S 0x61 128k 4m" $mnt/f1
sync
echo 2 > /proc/sys/vm/drop_caches
btrfs subvolume snapshot $mnt $mnt/s3
sync
echo 3 > /proc/sys/vm/drop_caches
xfs_io -c "dedupe $mnt/s1/f0 716k 296k 12k" $mnt/f0
xfs_io -c "reflink $mnt/f1 584k 600k 20k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 112k 48k" $mnt/s3/f0
rm -f $mnt/s3/f0
