# extsim conformance workload, gen.py seed 2492 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 -b 1m 29794304 1m" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 19361792 12k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 25575424 16k" $mnt/sv/g0
xfs_io -c "falloc 28663808 32k" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x63 -b 1m 17436672 5m" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 8720384 7262208 14974976" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "truncate 18529638" $mnt/sv/g0
xfs_io -c "falloc -k 6463488 13m" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 6877184 1506" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 11993088 11980800 16k" $mnt/sv/g0
xfs_io -c "fpunch 1740800 12k" $mnt/sv/g0
xfs_io -c "fpunch 30224384 180k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 -b 1m 7004160 16m" $mnt/sv/g1
rm -f $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 11542528 12k" $mnt/sv/g1
xfs_io -c "truncate 13418496" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 -b 1m 4685824 13m" $mnt/sv/g1
xfs_io -c "truncate 840k" $mnt/sv/g1
xfs_io -c "falloc -k 808k 12k" $mnt/sv/g1
xfs_io -f -c "truncate 22855680" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4923392 36k 8k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 748k 14372864 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 784k 15m" $mnt/sv/g1
xfs_io -c "fpunch 11289528 196k" $mnt/f0
xfs_io -c "fpunch 10588160 36k" $mnt/sv/g1
xfs_io -c "fzero -k 10850304 16k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g1 15699968 0 816k" $mnt/sv/g1
xfs_io -c "falloc 4784128 52k" $mnt/sv/g1
xfs_io -c "falloc -k 1521174 216k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 13819904 48k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 12304384 64k" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 21267940" $mnt/sv/g1
xfs_io -c "fpunch 18509824 156k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 20242432 8648" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 5238784 12312576 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 22773760 12k 20k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 8192000 10817536 9557" $mnt/sv/g1
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0xcd 22520416 84k" $mnt/f0
xfs_io -f -c "pwrite 31002624 24k" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 12976128 52k" $mnt/s1/g0
xfs_io -c "falloc 13299712 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 9916416 11444224 1843200" $mnt/f0
xfs_io -c "pwrite -S 0x62 10398998 44k" $mnt/sv/g1
xfs_io -c "fpunch 16711680 20k" $mnt/s1/g0
xfs_io -c "fpunch 20706657 212k" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 27033600 20k" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x61 -b 1m 19894272 15m" -c "fdatasync" $mnt/s1/g1
