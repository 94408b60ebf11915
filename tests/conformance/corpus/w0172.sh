# extsim conformance workload, gen.py seed 172 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 29747413" $mnt/f0
xfs_io -c "pwrite -S 0x62 29513429 8674" $mnt/f0
xfs_io -c "falloc -k 16093184 60k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 28323840 56k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 27299840 52k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 26001408 6m" $mnt/f1
xfs_io -c "pwrite -S 0x62 20189423 10813" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 27869184 6500352 1886421" $mnt/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 20262912 36k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 5140480 5150" -c "fsync" $mnt/f1
xfs_io -c "falloc -k 12476416 188k" $mnt/f2
xfs_io -c "falloc -k 22310912 36k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x62 -b 1m 12972032 15m" $mnt/f2
xfs_io -c "dedupe $mnt/f1 14049280 12k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 14217216 16k" -c "fsync" $mnt/f0
xfs_io -c "truncate 25844625" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc -k 8485170 4k" $mnt/f0
md5sum $mnt/f1
xfs_io -f -c "falloc -k 16052224 14m" $mnt/s1/g0
xfs_io -c "reflink $mnt/f0 10117120 2101248 6156288" $mnt/s1/f1
chattr +C $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 17264640 52k" $mnt/f2
xfs_io -c "fpunch 14085734 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 20168704 172k" $mnt/s1/f2
xfs_io -f -c "pwrite -S 0x63 10711040 11218" $mnt/f0
xfs_io -f -c "falloc -k 20742584 28k" $mnt/s1/g1
sync
xfs_io -c "falloc -k 27033600 10m" $mnt/s1/f2
xfs_io -c "fpunch 17203200 2m" $mnt/f0
chattr +C $mnt/s1/g1
xfs_io -c "fpunch 13312000 124k" $mnt/s1/g1
xfs_io -c "falloc -k 15548416 4m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 7909376 20k" $mnt/f3
xfs_io -c "fzero -k 16465920 208k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f3 4957156 6348800 3245" $mnt/s1/f2
sync
xfs_io -c "dedupe $mnt/f2 4059136 22380544 4k" $mnt/s1/f2
sync
xfs_io -c "falloc 9568256 28k" $mnt/s1/f2
touch $mnt/s1/g3
chattr +C $mnt/s1/g3
xfs_io -c "pwrite -S 0x61 -b 1m 17690624 3m" $mnt/f0
