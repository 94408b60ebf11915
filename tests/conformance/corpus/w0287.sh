# extsim conformance workload, gen.py seed 287 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
sync
xfs_io -f -c "pwrite -S 0x61 -b 1m 22548480 13m" -c "fdatasync" $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x61 25183474 44k" $mnt/f0
xfs_io -c "falloc 15101952 20k" $mnt/f0
xfs_io -c "pwrite -b 1m 31793152 5m" $mnt/f0
xfs_io -c "reflink $mnt/f0 34344960 36089856 1437696" $mnt/f0
xfs_io -c "truncate 34426880" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5447680 0 28983296" $mnt/f0
xfs_io -c "falloc 31213767 15m" $mnt/f0
xfs_io -c "dedupe $mnt/f0 28602368 0 18344135" $mnt/f0
xfs_io -c "falloc 27144192 7379" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 14503936 11616256 4k" $mnt/f0
xfs_io -c "falloc 7740474 64k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 35999744 20k" $mnt/f0
xfs_io -c "falloc 17510400 14m" $mnt/f0
sync
xfs_io -f -c "falloc 24616960 7491" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 43794432 60k 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 2404352 2m" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 4403200 4407296 12k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 -b 1m 3170304 10m" $mnt/f0
xfs_io -c "truncate 11132928" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 8138752 228k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 5980160 16k 20k" $mnt/f0
xfs_io -c "truncate 22917120" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 9357673 140k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 17993728 4k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -b 1m 20000768 13m" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/f0 25141248 14209024 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 -b 1m 18046976 9m" -c "fdatasync" $mnt/sv/g0
xfs_io -c "fpunch 32161792 232k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 41136128 48k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 5181440 16k" $mnt/sv/g0
xfs_io -c "falloc -k 32485376 2m" $mnt/f0
xfs_io -f -c "falloc -k 19664896 60k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 27947008 2453504 28k" $mnt/f0
xfs_io -c "falloc 23506944 244k" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd 18845696 2415" -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 -b 1m 4550656 11m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 -b 1m 9084928 5m" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 -b 1m 33382400 9m" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 25993216 3m" $mnt/f0
xfs_io -c "pwrite -S 0x62 19992576 16k" -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 14511519 142" $mnt/sv/g1
xfs_io -f -c "pwrite -b 1m 28332032 5m" $mnt/sv/g0
chattr +C $mnt/f0
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "falloc 30752768 6m" $mnt/sv/g1
md5sum $mnt/sv/g1
