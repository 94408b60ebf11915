# extsim conformance workload, gen.py seed 358
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 318212 5174" $mnt/f0
xfs_io -c "truncate 248k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 204k 40k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x61 64k 8138" $mnt/f0
sync
sync
xfs_io -c "reflink $mnt/f0 228k 168k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 8k 5719" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 116k 968k 120k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1298432 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1253376 156k 48k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1150976 1961984 4k" $mnt/f1
xfs_io -c "fpunch 1859584 52k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1114112 8k" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 1675264 3m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 384k 2244608 32k" $mnt/f0
xfs_io -c "fpunch 4376096 2m" $mnt/f0
xfs_io -c "truncate 812827" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 836k 48k" $mnt/f2
xfs_io -c "dedupe $mnt/f2 692k 352k 28k" $mnt/f0
xfs_io -c "fzero 1302528 209" $mnt/f1
xfs_io -c "falloc 114663 48k" $mnt/f0
xfs_io -c "pwrite -S 0x61 214878 196k" -c "fsync" $mnt/f2
xfs_io -c "dedupe $mnt/f1 200k 212k 20k" $mnt/f1
xfs_io -c "falloc 1101824 196k" $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "pwrite -S 0x63 1228800 28k" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 1085440 56k" $mnt/f2
xfs_io -c "reflink $mnt/f2 956k 688k 152k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 382633 48k" $mnt/f3
xfs_io -c "falloc 374683 2398" $mnt/f0
rm $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc 2094627 12k" $mnt/f1
xfs_io -c "falloc 924k 48k" $mnt/f1
xfs_io -c "fzero -k 1466368 48k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0xcd 1478656 12k" -c "fdatasync" $mnt/s1/f1
xfs_io -c "fzero 116373 24k" $mnt/f1
xfs_io -c "fsync" $mnt/s1/f3
xfs_io -f -c "falloc 1232896 112k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1282048 84k" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 259654 28k" $mnt/s1/f2
xfs_io -c "truncate 1163264" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 -b 1m 1524259 2m" $mnt/s1/g0
xfs_io -c "reflink $mnt/f2 60k 2191360 132k" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fpunch 471437 60k" $mnt/s1/f3
xfs_io -f -c "truncate 856k" $mnt/f4
xfs_io -f -c "pwrite -S 0x61 680713 9995" $mnt/f2
xfs_io -c "pwrite -S 0x63 20k 224k" -c "fdatasync" $mnt/s1/f2
sync
xfs_io -c "pwrite -S 0x62 350730 12k" -c "fdatasync" $mnt/s1/f1
xfs_io -c "falloc 931627 4k" $mnt/s1/f2
xfs_io -f -c "reflink $mnt/s2/f2 92k 1847296 604k" $mnt/f5
xfs_io -c "falloc -k 1241088 16k" $mnt/s2/f3
xfs_io -c "fzero -k 2033293 56k" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 748k 188k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f2 492k 0 8k" $mnt/f1
xfs_io -c "pwrite 1216512 164k" $mnt/s2/f0
touch $mnt/s2/g1
chattr +C $mnt/s2/g1
xfs_io -c "fpunch 72k 2m" $mnt/f4
xfs_io -c "falloc 1008k 3737" $mnt/f2
xfs_io -c "falloc -k 664k 1m" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f1 1384448 0 726563" $mnt/s1/f1
xfs_io -c "fzero 1695744 4266" $mnt/s2/f1
xfs_io -c "reflink $mnt/f4 1114112 1097728 28k" $mnt/f4
chattr +C $mnt/s1/f3
