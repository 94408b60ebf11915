# extsim conformance workload, gen.py seed 16
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "falloc -k 1265664 40k" $mnt/f0
xfs_io -c "pwrite -S 0x61 80k 236k" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "truncate 270922" $mnt/f0
xfs_io -c "dedupe $mnt/f0 40k 0 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 240433 4k 68k" $mnt/f0
xfs_io -c "reflink $mnt/f0 40k 948k 128k" $mnt/f0
xfs_io -c "fpunch 816k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x61 510467 1862" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1003566 32k" -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 1953792 497" $mnt/f0
chattr +C $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 932k 128k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 176k 184k 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 1572864 656k 160k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 564k 8k 12k" $mnt/f0
md5sum $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "pwrite 1117025 40k" -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 44k 0 995374" $mnt/sv/g0
xfs_io -c "fzero -k 933024 204k" $mnt/f0
sync
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/s1/f0 984k 732k 360k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1200128 92k" -c "fsync" $mnt/f0
md5sum $mnt/s1/f0
xfs_io -c "fpunch 188784 8k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 852k 4k 12k" $mnt/f0
md5sum $mnt/s2/f0
xfs_io -c "pwrite 248k 48k" -c "fsync" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x61 224k 44k" $mnt/sv/g1
xfs_io -c "truncate 656k" $mnt/s2/f0
xfs_io -c "pwrite -S 0x62 228k 1" $mnt/sv/g1
sync
xfs_io -c "dedupe $mnt/f0 1724416 256k 40k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f0 416k 72k 140k" $mnt/sv/g1
xfs_io -c "falloc 132k 212k" $mnt/sv/g1
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/s2/f0 408k 1748992 72k" $mnt/f0
xfs_io -f -c "falloc 808k 104k" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g1 52k 136k 24k" $mnt/sv/g1
md5sum $mnt/f0
xfs_io -f -c "falloc 1216512 28k" $mnt/sv/g3
