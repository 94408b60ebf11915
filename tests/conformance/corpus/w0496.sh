# extsim conformance workload, gen.py seed 496
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 462424 44k" $mnt/f0
xfs_io -c "fzero 93220 208k" $mnt/f0
xfs_io -c "pwrite -S 0x62 348k 256k" $mnt/f0
xfs_io -c "falloc 128k 64k" $mnt/f0
xfs_io -f -c "pwrite 428k 56k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 774204 24k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 164k 44k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 768k 900k 8k" $mnt/f0
xfs_io -f -c "falloc -k 376k 24k" $mnt/f1
xfs_io -c "falloc -k 632k 32k" $mnt/f0
xfs_io -c "falloc 848k 92k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 984k 1m" -c "fsync" $mnt/f1
xfs_io -c "falloc -k 1626112 16k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 325974 1707" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 1146880 220k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 1310720 40k" $mnt/f1
xfs_io -c "falloc 16k 7364" $mnt/f0
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fzero -k 140k 44k" $mnt/f2
xfs_io -c "reflink $mnt/f0 368k 68k 0" $mnt/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 1807558 32k" $mnt/f1
xfs_io -c "falloc -k 29934 40k" $mnt/f2
xfs_io -c "pwrite -S 0x63 48k 6992" $mnt/f0
xfs_io -c "fpunch 336k 5857" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 562246 28k" $mnt/f3
xfs_io -c "truncate 568k" $mnt/f0
xfs_io -c "pwrite 59504 4k" $mnt/f2
umount $mnt
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 2043904 248k" $mnt/f1
xfs_io -c "falloc 392k 7114" $mnt/f0
sync
xfs_io -f -c "reflink $mnt/f3 204k 580k 184k" $mnt/f4
xfs_io -c "pwrite -S 0x63 1339392 184k" -c "fsync" $mnt/f1
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 348k 5699" -c "fsync" $mnt/f5
xfs_io -c "pwrite -S 0x62 2084864 8k" $mnt/f1
xfs_io -c "fsync" $mnt/f3
xfs_io -c "reflink $mnt/f5" $mnt/f0
xfs_io -c "pwrite -S 0xcd 484k 48k" $mnt/f3
xfs_io -c "dedupe $mnt/s1/f3 364k 0 16k" $mnt/s1/f1
rm $mnt/s1/f1
xfs_io -f -c "pwrite 88k 44k" -c "fsync" $mnt/s1/g0
md5sum $mnt/f5
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "truncate 528k" $mnt/f6
xfs_io -f -c "reflink $mnt/s1/f2 312k 128k 340k" $mnt/f7
xfs_io -c "fzero 4k 52k" $mnt/f4
xfs_io -c "falloc 408k 36k" $mnt/s1/f3
md5sum $mnt/f3
xfs_io -c "fpunch 88k 40k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 32k 28k 32k" $mnt/f0
xfs_io -c "falloc 88k 56k" $mnt/f6
xfs_io -c "reflink $mnt/f5 84k 216k 12k" $mnt/s1/f4
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f3 284k 460k 28k" $mnt/f2
xfs_io -c "reflink $mnt/f3 516k 208k 32k" $mnt/f2
md5sum $mnt/f4
sync
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x61 2035712 196k" $mnt/f1
xfs_io -c "falloc 268k 60k" $mnt/s1/f2
umount $mnt
mount $dev $mnt
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 756k 3343" $mnt/f7
