# extsim conformance workload, gen.py seed 584
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 500k 180k" $mnt/f0
xfs_io -c "fzero 44k 44k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 116k 108k 548k" $mnt/f0
xfs_io -c "reflink $mnt/f0 500k 172k 184k" $mnt/f0
xfs_io -c "reflink $mnt/f0 268k 184k 348k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "falloc 816k 8548" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 540k 20k" -c "fsync" $mnt/f0
xfs_io -c "pwrite 1000k 8512" $mnt/f0
xfs_io -c "fpunch 676k 28k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 924k 28k 28k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 -b 1m 120705 2m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 400k 124k 16k" $mnt/f0
xfs_io -c "fpunch 1835008 4m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1863680 24k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2105344 200k" $mnt/f0
xfs_io -c "reflink $mnt/f0 2191360 352k 120k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1736704 152k 20k" $mnt/f0
xfs_io -c "falloc -k 2007040 1125" $mnt/f0
xfs_io -c "falloc 488k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1892352 12k 16k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 1138688 2174976 1175552" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 1318912 0 972k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 388k 0 1916928" $mnt/f0
xfs_io -c "pwrite -S 0x63 530231 6437" -c "fdatasync" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 1187840 7718" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 1298432 64k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 1000k 168k 24k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "dedupe $mnt/s1/f0 1163264 812k 24k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 0 48k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 996k 8k" -c "fsync" $mnt/f1
xfs_io -f -c "reflink $mnt/s1/g1 232k 248k 8k" $mnt/s1/g1
rm $mnt/s1/g1
xfs_io -f -c "falloc -k 1043661 52k" $mnt/f2
xfs_io -c "reflink $mnt/s1/g0 1022690 24k 8760" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/g0
xfs_io -c "reflink $mnt/f2 796k 800k 12k" $mnt/f2
xfs_io -c "fsync" $mnt/f1
xfs_io -c "reflink $mnt/f2 0 1613824 4k" $mnt/f0
xfs_io -c "fpunch 867783 244k" $mnt/f2
xfs_io -c "dedupe $mnt/f0 692k 0 1605632" $mnt/f0
xfs_io -c "pwrite -S 0xcd 164k 36k" $mnt/f2
xfs_io -c "falloc -k 1515520 1014" $mnt/s2/f0
xfs_io -c "falloc -k 1703936 60k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 1482752 808k 812k" $mnt/f1
xfs_io -c "fsync" $mnt/f2
xfs_io -f -c "falloc 455319 212k" $mnt/s2/g0
xfs_io -c "falloc -k 784k 48k" $mnt/s1/g0
xfs_io -f -c "pwrite 2166784 2m" $mnt/s1/f0
sync
xfs_io -c "fpunch 1339392 12k" $mnt/f0
xfs_io -c "falloc -k 2026540 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd -b 1m 1646592 3m" $mnt/f0
xfs_io -c "truncate 1101824" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x63 96k 116k" $mnt/s2/f0
chattr +C $mnt/f0
