# extsim conformance workload, gen.py seed 331
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
sync
sync
sync
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 884k 56k" $mnt/s1/g0
xfs_io -f -c "falloc 468k 24k" $mnt/s1/g1
xfs_io -c "pwrite -S 0xcd 84813 20k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 -b 1m 707304 2m" -c "fsync" $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/g0 852k 92k 24k" $mnt/s1/g1
xfs_io -c "falloc 32k 20k" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -f -c "pwrite 116k 1m" -c "fdatasync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g1 1355776 0 1452776" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 1835008 20k" $mnt/s1/g1
xfs_io -f -c "falloc -k 524k 1060" $mnt/s1/g2
xfs_io -c "fpunch 116k 32k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0xcd 1675264 132k" $mnt/s1/g1
xfs_io -c "truncate 920k" $mnt/s1/g2
xfs_io -c "pwrite -S 0x61 668132 164k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g1
xfs_io -c "fpunch 1310720 1m" $mnt/s1/g1
xfs_io -c "pwrite -S 0xcd 1035424 8k" $mnt/s1/g2
md5sum $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 536k 10086" $mnt/s1/g2
xfs_io -c "reflink $mnt/s1/g2 40k 640k 1006752" $mnt/s1/g0
xfs_io -c "fpunch 768k 20k" $mnt/s1/g0
xfs_io -c "falloc 808k 56k" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s1/g2
xfs_io -c "truncate 368564" $mnt/s1/g2
xfs_io -c "falloc -k 952k 36k" $mnt/s1/g2
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -f -c "falloc -k 234189 4412" $mnt/f0
xfs_io -c "pwrite -S 0x62 288k 44k" $mnt/s1/g2
xfs_io -c "reflink $mnt/s1/g2 260k 184k 216k" $mnt/f0
xfs_io -c "fpunch 700k 48k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 895397 20k" $mnt/s1/g0
xfs_io -c "truncate 1033698" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s3
xfs_io -c "pwrite 698879 20k" $mnt/s1/g2
xfs_io -c "reflink $mnt/f0 0 368k 4k" $mnt/s3/f0
xfs_io -c "truncate 147632" $mnt/s1/g2
xfs_io -c "fzero 387734 16k" $mnt/f0
sync
xfs_io -c "pwrite 376k 4k" -c "fsync" $mnt/s3/f0
xfs_io -c "falloc 320k 152k" $mnt/s1/g0
umount $mnt
mount $dev $mnt
xfs_io -c "truncate 44k" $mnt/f0
xfs_io -c "truncate 448k" $mnt/s1/g0
sync
xfs_io -f -c "pwrite -S 0x63 111026 184k" $mnt/s1/g2
xfs_io -c "dedupe $mnt/s1/g2 160k 716k 20k" $mnt/s1/g1
xfs_io -c "falloc 156779 96k" $mnt/s1/g0
xfs_io -c "fpunch 192k 16k" $mnt/s3/f0
xfs_io -c "falloc -k 1609728 4k" $mnt/s1/g1
xfs_io -c "truncate 2698" $mnt/s3/f0
xfs_io -c "truncate 0" $mnt/s3/f0
xfs_io -c "pwrite 344k 3m" $mnt/s1/g0
xfs_io -c "falloc 2609152 28k" $mnt/s1/g1
xfs_io -c "fdatasync" $mnt/s1/g1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 12k 0 32k" $mnt/s1/g1
xfs_io -c "falloc 156764 4k" $mnt/s1/g2
xfs_io -c "pwrite -S 0x62 704k 3m" -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 932k 4m" $mnt/s3/f0
xfs_io -c "dedupe $mnt/s1/g1 1118208 732k 24k" $mnt/s1/g1
xfs_io -c "fpunch 1695744 52k" $mnt/f0
xfs_io -c "fzero 2105344 136k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 1155072 3520" $mnt/s1/g1
