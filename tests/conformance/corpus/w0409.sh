# extsim conformance workload, gen.py seed 409
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 6336512 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 3047424 76k" $mnt/f0
xfs_io -c "pwrite -S 0x63 160k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1618510 12k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2203648 28k" $mnt/f0
xfs_io -c "fzero -k 4714496 28k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "falloc -k 1716224 20k" $mnt/f0
xfs_io -c "fpunch 5334468 1311" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0 1540096 1871872 96k" $mnt/f0
xfs_io -c "fpunch 3084288 8k" $mnt/f0
xfs_io -f -c "falloc -k 8105984 64k" $mnt/f1
xfs_io -c "falloc 120k 148k" $mnt/f1
xfs_io -c "pwrite -S 0x63 6410240 12k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 928k 8948" $mnt/f1
xfs_io -c "dedupe $mnt/f1 3182592 12k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 5120000 0 1306624" $mnt/f1
xfs_io -c "pwrite -S 0x63 2933396 5247" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f1 5853184 8028160 439" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 8179712 11317" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 4694016 24k" $mnt/f1
xfs_io -c "falloc 1695744 44k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f1 804k 5230592 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 4612096 0 20k" $mnt/f0
xfs_io -c "falloc -k 2211840 7490" $mnt/f1
xfs_io -c "fpunch 820k 112k" $mnt/f0
xfs_io -c "falloc 2979802 5634" $mnt/f0
xfs_io -c "falloc 2899968 4m" $mnt/f0
xfs_io -c "reflink $mnt/f0 4468736 4677632 2187264" $mnt/f1
xfs_io -c "truncate 3741839" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 6520832 2m" $mnt/f1
xfs_io -c "pwrite -S 0xcd 6610944 10344" -c "fsync" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 1662976 0 16k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 5918720 32k 28k" $mnt/f0
xfs_io -c "falloc -k 2052328 12k" $mnt/f1
xfs_io -c "pwrite 296k 7956" $mnt/f1
xfs_io -c "falloc 3448832 68k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 2113536 1183744 700k" $mnt/f0
xfs_io -c "pwrite -S 0x61 3563991 60k" $mnt/f0
xfs_io -c "fpunch 452k 36k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 2818048 52k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f1 4870144 60k 8k" $mnt/f0
xfs_io -c "falloc 6348800 11317" $mnt/f0
xfs_io -c "fpunch 3133440 168k" $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "fpunch 3510272 220k" $mnt/f1
xfs_io -c "truncate 5742592" $mnt/f0
xfs_io -c "reflink $mnt/s1/f1 1568768 4628480 4456448" $mnt/f0
xfs_io -c "truncate 564k" $mnt/f0
xfs_io -c "pwrite -S 0x63 8286208 4k" $mnt/f1
xfs_io -c "truncate 420k" $mnt/f1
xfs_io -c "fsync" $mnt/f1
