# extsim conformance workload, gen.py seed 122 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 10753844 32k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 6492160 10480" $mnt/f0
xfs_io -c "falloc 2473984 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 31875072 10m" $mnt/f1
xfs_io -c "pwrite -S 0x62 8069120 16k" -c "fsync" $mnt/f0
umount $mnt
mount $dev $mnt
sync
xfs_io -c "pwrite -S 0x62 35717120 168k" $mnt/f1
chattr +C $mnt/f0
xfs_io -c "falloc 27832320 6m" $mnt/f1
xfs_io -c "pwrite -S 0x62 1839104 1650" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5062656 64k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x63 3788800 80k" -c "fsync" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x61 19633524 64k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 22388736 7m" $mnt/f2
xfs_io -c "falloc -k 23646208 7m" $mnt/f2
xfs_io -f -c "falloc -k 31584256 4k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f2 7483392 2269184 24k" $mnt/f0
xfs_io -c "fpunch 14618624 48k" $mnt/f2
xfs_io -f -c "reflink $mnt/f0 6803456 3596288 3995444" $mnt/f3
xfs_io -c "pwrite -S 0x63 11730944 56k" -c "fdatasync" $mnt/f3
xfs_io -c "falloc -k 41611225 15m" $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 -b 1m 16904192 7m" $mnt/f2
xfs_io -c "pwrite -S 0x62 2833678 8095" $mnt/f0
xfs_io -c "falloc 999305 7268" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 -b 1m 10059776 6m" $mnt/s1/f0
xfs_io -c "falloc 523176 9m" $mnt/f3
xfs_io -f -c "falloc 14315520 9m" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f2 23060480 3813376 12k" $mnt/f0
rm $mnt/s1/f1
xfs_io -f -c "falloc -k 3220857 8m" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 18182452 64k" $mnt/f2
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "falloc 29884416 4" $mnt/f0
xfs_io -c "reflink $mnt/f0 29278208 6631424 8k" $mnt/sv/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -f -c "truncate 10039576" $mnt/f4
md5sum $mnt/s2/f2
xfs_io -c "falloc 9621504 4k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 696k 12k" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s2/f0 16478208 0 4k" $mnt/sv/g1
xfs_io -c "reflink $mnt/f3 3067560 13330441 32k" $mnt/s2/f1
xfs_io -c "falloc 18079744 1m" $mnt/f2
xfs_io -c "falloc -k 17350656 2m" $mnt/f0
xfs_io -c "pwrite 13750272 40k" $mnt/f0
xfs_io -c "falloc 41259008 13m" $mnt/s2/f1
xfs_io -c "dedupe $mnt/f3 152k 48132096 8k" $mnt/s2/f1
rm $mnt/f3
xfs_io -f -c "truncate 24138466" $mnt/s2/g0
xfs_io -c "dedupe $mnt/s2/f0 6098944 0 8k" $mnt/sv/g0
xfs_io -c "falloc 8216710 64k" $mnt/s2/f3
xfs_io -c "falloc 5574664 5m" $mnt/sv/g0
