# extsim conformance workload, gen.py seed 502
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 164k 196k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 352k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 16k 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 196k 104k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 280k 56k 20k" $mnt/f1
xfs_io -c "pwrite -S 0x63 84k 168k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x62 168k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 324k 12k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f1 8k 1777664 24k" $mnt/f1
xfs_io -f -c "falloc 1012k 68k" $mnt/f2
xfs_io -c "reflink $mnt/f1 968k 632k 368k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 24k 104k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 816k 2m" $mnt/f1
xfs_io -c "dedupe $mnt/f3 100k 112k 16k" $mnt/f1
xfs_io -c "reflink $mnt/f2 768k 108k 316k" $mnt/f0
xfs_io -c "reflink $mnt/f3 44k 1630208 60k" $mnt/f3
xfs_io -c "falloc 228k 36k" $mnt/f3
xfs_io -c "pwrite -S 0x61 1921024 56k" $mnt/f1
xfs_io -c "truncate 188k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1441792 44k" $mnt/f4
xfs_io -c "pwrite -S 0x61 1400832 64k" $mnt/f3
chattr +C $mnt/f2
xfs_io -c "pwrite 1613824 52k" $mnt/f3
xfs_io -c "falloc 76k 208k" $mnt/f0
xfs_io -c "fpunch 160k 36k" $mnt/f0
xfs_io -c "fpunch 1102456 12k" $mnt/f1
xfs_io -c "pwrite -S 0x63 2048000 80k" $mnt/f1
xfs_io -c "reflink $mnt/f0 80k 672k 112k" $mnt/f4
xfs_io -c "fdatasync" $mnt/f4
xfs_io -f -c "falloc 469859 52k" $mnt/f5
xfs_io -f -c "reflink $mnt/f2" $mnt/f6
xfs_io -c "falloc 44k 56k" $mnt/f2
chattr +C $mnt/f0
xfs_io -c "pwrite -S 0x63 80426 140k" -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x61 688k 84k" $mnt/f6
xfs_io -r -c "fiemap -v" $mnt/f5
sync
xfs_io -f -c "pwrite -S 0x62 1396736 12k" $mnt/f7
xfs_io -c "fpunch 432398 60k" $mnt/f6
xfs_io -c "falloc 864k 1523" $mnt/f6
xfs_io -c "reflink $mnt/f7 324k 824k 1085440" $mnt/f1
sync
xfs_io -c "fzero 520k 3m" $mnt/f6
xfs_io -c "pwrite -S 0x61 256k 20k" $mnt/f6
sync
chattr +C $mnt/f6
xfs_io -c "fpunch 1400832 16k" $mnt/f7
xfs_io -c "dedupe $mnt/f0 92k 128k 16k" $mnt/f0
sync
chattr +C $mnt/f5
chattr +C $mnt/f7
rm $mnt/f2
xfs_io -c "truncate 1908736" $mnt/f6
xfs_io -c "reflink $mnt/f0 8k 136k 172k" $mnt/f5
xfs_io -c "pwrite -S 0xcd 1638400 20k" $mnt/f3
xfs_io -c "falloc 1515520 20k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1159168 20k" -c "fdatasync" $mnt/f3
