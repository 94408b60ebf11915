# extsim conformance workload, gen.py seed 95
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 1421312 4k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1830912 52k" -c "fsync" $mnt/f0
xfs_io -c "fpunch 1245184 16k" $mnt/f0
rm $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x63 6201344 48k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1110016 488" $mnt/f0
xfs_io -c "pwrite -S 0x62 3301376 60k" $mnt/f0
xfs_io -c "reflink $mnt/f0 3256320 948646 4k" $mnt/f0
xfs_io -c "pwrite 168k 24k" $mnt/f0
rm -f $mnt/f0
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite 3231744 3638" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 1530713 60k" $mnt/f0
md5sum $mnt/s1/f0
md5sum $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 563225 208k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 164k 0 1428313" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 16k 28k 28k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 7327744 1m" -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 8237056 60k" -c "fsync" $mnt/s1/g0
rm $mnt/s1/f0
xfs_io -c "truncate 2667278" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1012k 908k 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2582742 12k" -c "fsync" $mnt/f0
xfs_io -c "falloc 1249280 48k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1051838 156k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0xcd 229744 5273" $mnt/f0
xfs_io -c "truncate 2321094" $mnt/f0
xfs_io -c "falloc 1171456 168k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 6905856 3m" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
chattr +C $mnt/s2/f0
xfs_io -c "dedupe $mnt/f0 1572864 1597440 4k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "pwrite -S 0x62 736k 8k" $mnt/f0
xfs_io -c "fzero -k 6860800 36k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 9756672 44k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 8134656 8k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "falloc 2141916 64k" $mnt/f0
xfs_io -c "falloc -k 407931 72k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 288k 3457" $mnt/f0
xfs_io -c "pwrite -S 0x63 384k 64k" $mnt/f0
md5sum $mnt/s2/f0
sync
xfs_io -c "fpunch 1212416 1m" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 3489792 60k" $mnt/s1/g1
xfs_io -c "falloc -k 2203648 56k" $mnt/s1/g1
btrfs subvolume snapshot -r $mnt $mnt/s3
sync
xfs_io -c "pwrite -S 0x63 3779975 24k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 3407872 20k" -c "fdatasync" $mnt/s1/g0
xfs_io -f -c "pwrite 2691072 176k" $mnt/s1/g2
xfs_io -c "fsync" $mnt/s1/g2
sync
sync
xfs_io -c "pwrite -S 0x63 6041600 20k" $mnt/f0
xfs_io -c "falloc 4874240 9438" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 508k 20k" $mnt/s1/g2
xfs_io -c "pwrite -S 0x63 1478656 44k" $mnt/s2/f0
xfs_io -c "pwrite -S 0xcd 984041 52k" -c "fdatasync" $mnt/f0
