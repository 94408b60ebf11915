# extsim conformance workload, gen.py seed 280
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 92k 64k" $mnt/sv/g0
xfs_io -c "fzero 76k 8k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 36k 64k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 4k 20k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 116k 16k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 632k 156k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 960k 4k" -c "fsync" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 348k 240k" -c "fsync" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 156k 112k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 364k 324k 188k" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0x61 88k 224k" $mnt/sv/g0
xfs_io -c "pwrite 367063 40k" $mnt/sv/g0
xfs_io -f -c "truncate 636k" $mnt/f0
xfs_io -c "reflink $mnt/f0 528k 292k 112k" $mnt/sv/g0
md5sum $mnt/f0
xfs_io -c "fzero 643325 4k" $mnt/sv/g0
xfs_io -f -c "truncate 756k" $mnt/f1
xfs_io -c "pwrite -S 0x62 520k 56k" $mnt/sv/g0
sync
xfs_io -c "reflink $mnt/sv/g0 504k 84k 408k" $mnt/f0
xfs_io -c "reflink $mnt/f0 100k 288k 540k" $mnt/sv/g0
xfs_io -c "fpunch 404k 12k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc 604k 12044" $mnt/f1
xfs_io -c "truncate 603513" $mnt/s1/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x61 612k 108k" -c "fsync" $mnt/s1/f0
xfs_io -r -c "fiemap -v" $mnt/f1
xfs_io -c "falloc 452k 64k" $mnt/s2/f0
xfs_io -c "pwrite -S 0xcd 28k 100k" $mnt/f0
xfs_io -c "fpunch 59481 52k" $mnt/f1
rm $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 676k 12k" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/f1 624k 384k 20k" $mnt/f0
xfs_io -f -c "pwrite 597133 248k" $mnt/s2/g1
xfs_io -c "fpunch 368k 64k" $mnt/s2/f1
xfs_io -c "reflink $mnt/f0 180k 20k 332k" $mnt/f1
xfs_io -c "falloc 400k 1707" $mnt/s2/g1
xfs_io -c "pwrite -S 0x62 386346 48k" $mnt/s2/f1
xfs_io -c "fpunch 164k 24k" $mnt/s1/f0
