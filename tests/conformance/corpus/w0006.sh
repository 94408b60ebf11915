# extsim conformance workload, gen.py seed 6
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 1564672 8010" $mnt/sv/g0
xfs_io -f -c "truncate 788k" $mnt/f0
chattr +C $mnt/sv/g0
sync
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 1863680 244k" -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 792k 4k" $mnt/sv/g0
xfs_io -c "fpunch 692k 10859" $mnt/f0
xfs_io -c "falloc -k 626138 200k" $mnt/f0
xfs_io -c "pwrite -S 0x63 340k 40k" $mnt/f0
xfs_io -c "pwrite 1773568 1m" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 480k 348k 156k" $mnt/sv/g0
xfs_io -c "falloc -k 256k 36k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 1765376 2007040 996k" $mnt/sv/g0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "reflink $mnt/f0 632k 2707456 100k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/g0 2613248 624k 116k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2084864 3157" $mnt/s1/g0
xfs_io -c "truncate 1966080" $mnt/sv/g0
xfs_io -c "fpunch 2622744 10290" $mnt/s1/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 1323008 268k 8k" $mnt/f0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 260k 1523712 88k" $mnt/s1/g0
xfs_io -f -c "reflink $mnt/s1/g0 1806336 128k 456k" $mnt/sv/g1
xfs_io -c "falloc 708k 12122" $mnt/s1/g0
md5sum $mnt/s1/g0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x61 2072576 5741" -c "fsync" $mnt/s1/g0
rm $mnt/s1/g0
xfs_io -c "fzero 512k 44k" $mnt/s1/g1
xfs_io -c "falloc 192k 200k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g1 380k 672k 72k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 480k 11650" $mnt/f0
xfs_io -f -c "pwrite 576k 1m" -c "fdatasync" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x63 28k 56k" $mnt/s1/g1
sync
umount $mnt
mount $dev $mnt
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 660k 460k 12k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 1744896 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 256k 184k 1712128" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 516k 16k 32k" $mnt/f0
xfs_io -f -c "falloc 428k 4k" $mnt/f1
xfs_io -c "reflink $mnt/f1 268k 880k 28k" $mnt/f1
xfs_io -c "pwrite -S 0x63 40k 20k" $mnt/sv/g0
xfs_io -c "fpunch 321158 32k" $mnt/f1
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 48k 192k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
sync
xfs_io -c "pwrite -S 0x61 -b 1m 616k 1m" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1024754 20k" $mnt/f1
xfs_io -c "dedupe $mnt/s2/f1 380k 16k 16k" $mnt/f0
xfs_io -c "fpunch 136k 10721" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 130632 52k" -c "fdatasync" $mnt/sv/g0
md5sum $mnt/f1
xfs_io -c "fpunch 1695744 104k" $mnt/sv/g0
xfs_io -f -c "pwrite 48k 100k" $mnt/s1/g0
xfs_io -c "truncate 66923" $mnt/s1/g0
xfs_io -r -c "fiemap -v" $mnt/s2/f1
xfs_io -c "falloc 184k 4k" $mnt/s2/f0
xfs_io -f -c "reflink $mnt/s2/f0 36k 1343488 764k" $mnt/s2/g0
xfs_io -c "falloc -k 1571752 4k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0xcd 368331 64k" $mnt/s2/f1
btrfs subvolume snapshot $mnt/sv $mnt/s3
xfs_io -c "dedupe $mnt/s3/g0 548k 448k 16k" $mnt/sv/g0
sync
