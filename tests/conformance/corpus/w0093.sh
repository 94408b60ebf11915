# extsim conformance workload, gen.py seed 93
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 1639060 16k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2020541 44k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1573198 4616" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1712128 8k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1376256 1916928 84k" $mnt/f0
xfs_io -c "fpunch 624k 8242" $mnt/f0
xfs_io -c "pwrite -S 0x63 1056768 2m" $mnt/f0
xfs_io -c "pwrite -S 0x62 162436 5185" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1409024 1122304 12k" $mnt/f0
xfs_io -c "truncate 2809856" $mnt/f0
xfs_io -c "pwrite -S 0x61 1380352 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1187840 504k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x62 2043904 28k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/f0 768k 1809771 56k" $mnt/f0
xfs_io -c "falloc 424k 28k" $mnt/f0
rm -f $mnt/f0
sync
xfs_io -f -c "falloc 1822720 5714" $mnt/f0
xfs_io -c "pwrite -S 0x63 864k 3929" $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 576k 4m" $mnt/f0
xfs_io -c "reflink $mnt/f0 2953216 4562944 1388544" $mnt/f0
rm $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -f -c "falloc -k 554900 4761" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1523712 132k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/f0 8k 1490944 20k" $mnt/sv/g0
xfs_io -c "falloc -k 2089095 64k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -f -c "pwrite -S 0xcd 1626112 56k" $mnt/s2/g0
xfs_io -c "falloc -k 116k 60k" $mnt/sv/g0
xfs_io -c "falloc 416k 44k" $mnt/s2/g0
xfs_io -c "reflink $mnt/sv/g0 828k 816k 24k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 44k 24k" $mnt/sv/g0
xfs_io -c "reflink $mnt/s2/g0 1130496 1249280 112k" $mnt/s2/g0
xfs_io -f -c "pwrite -b 1m 253658 1m" -c "fsync" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x61 1392640 56k" $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "fpunch 1486848 40k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 608k 184k" $mnt/s2/g0
xfs_io -c "falloc 1794048 52k" $mnt/sv/g0
xfs_io -c "falloc -k 180771 232k" $mnt/s2/g0
xfs_io -f -c "reflink $mnt/sv/g0 2080768 1953792 116k" $mnt/sv/g1
xfs_io -c "pwrite 568k 12k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1478656 32k" $mnt/sv/g1
xfs_io -c "truncate 1630208" $mnt/s2/g0
xfs_io -c "pwrite -S 0x62 1694281 32k" $mnt/s2/g0
xfs_io -f -c "truncate 1122509" $mnt/s2/g1
xfs_io -c "fpunch 556k 52k" $mnt/sv/g1
xfs_io -c "truncate 208k" $mnt/s2/g0
xfs_io -c "falloc -k 129205 232k" $mnt/s2/g0
