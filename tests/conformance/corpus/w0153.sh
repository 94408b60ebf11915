# extsim conformance workload, gen.py seed 153 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 21204992 28k" $mnt/f0
xfs_io -c "pwrite -S 0x61 7249920 40k" $mnt/f0
xfs_io -f -c "truncate 11169792" $mnt/f1
xfs_io -c "pwrite -S 0x63 2782760 40k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 16662528 32k" $mnt/f0
xfs_io -c "fpunch 8664340 1157" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite 8011776 128k" -c "fdatasync" $mnt/f1
xfs_io -c "falloc -k 30615019 6m" $mnt/f0
xfs_io -c "pwrite -S 0x61 14688256 44k" $mnt/f1
xfs_io -c "pwrite -S 0x63 -b 1m 11485184 15m" $mnt/f1
xfs_io -c "pwrite -S 0x62 -b 1m 19628032 13m" $mnt/f1
xfs_io -c "pwrite -S 0x61 -b 1m 30445568 4m" $mnt/f0
xfs_io -c "pwrite 6324224 60k" -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 34172928 172k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 33370112 2m" $mnt/f0
xfs_io -c "falloc 29212672 1m" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 30674944 6m" $mnt/f0
xfs_io -c "dedupe $mnt/f1 21323776 19652608 16k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 7462912 11784192 8k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fpunch 26842526 56k" $mnt/f1
xfs_io -c "falloc -k 7643136 15m" $mnt/f0
chattr +C $mnt/f1
xfs_io -c "falloc 11911168 15m" $mnt/f0
sync
rm $mnt/f1
xfs_io -c "reflink $mnt/f0 18382848 28667904 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 3487923 6035" $mnt/f0
xfs_io -c "dedupe $mnt/f0 15065088 11771904 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 28446720 28459008 24k" $mnt/f0
xfs_io -c "truncate 24185582" $mnt/f0
xfs_io -c "falloc 18250420 7m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 372k 28k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 24444928 24457216 4k" $mnt/f0
rm -f $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 20652032 11m" $mnt/f0
xfs_io -c "pwrite -S 0x61 25350144 52k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 16633856 8200192 11567104" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "reflink $mnt/f0 20238336 20221952 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 18825216 52k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 -b 1m 1859584 3m" $mnt/f2
xfs_io -c "pwrite -S 0x62 884k 64k" -c "fdatasync" $mnt/f2
sync
xfs_io -c "pwrite -S 0x63 16162816 8704" $mnt/f2
xfs_io -c "pwrite -b 1m 6098944 13m" $mnt/f2
xfs_io -f -c "reflink $mnt/f0 12075325 2400256 12k" $mnt/f3
xfs_io -c "dedupe $mnt/f0 12091392 16k 24k" $mnt/f0
xfs_io -c "falloc -k 13863368 6404" $mnt/f3
xfs_io -c "pwrite -S 0x63 -b 1m 7839744 5m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 11833344 8k" -c "fdatasync" $mnt/f0
