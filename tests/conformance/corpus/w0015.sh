# extsim conformance workload, gen.py seed 15 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 -b 1m 9879552 2m" $mnt/f0
xfs_io -c "falloc -k 21032653 56k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 6037504 60k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1163264 16k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f0 9117696 64k 16k" $mnt/f0
xfs_io -c "fpunch 5220869 64k" $mnt/f0
xfs_io -c "fpunch 18280448 8069" $mnt/s1/f0
xfs_io -c "fzero -k 1548288 974" $mnt/s1/f0
xfs_io -c "falloc 8396160 7575" $mnt/s1/f0
xfs_io -c "pwrite 1421312 10626" -c "fdatasync" $mnt/s1/f0
xfs_io -c "falloc 984k 224k" $mnt/f0
xfs_io -c "fzero -k 8597504 240k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 10145792 9924608 24k" $mnt/f0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "fpunch 5283840 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1679360 0 28k" $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/f0 3915776 0 8065024" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/g1 4k 0 4k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/s1/f0 10141696 9932800 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 -b 1m 3133097 2m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 10821632 24k" $mnt/s1/g1
rm $mnt/f0
xfs_io -c "dedupe $mnt/s1/g1 7938048 56k 12k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 7409664 30326784 2076672" $mnt/s1/g1
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s1/g1 14831616 8368128 13598720" $mnt/s1/g0
xfs_io -c "falloc -k 2839430 52k" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -c "fpunch 30183424 136k" $mnt/s1/g0
xfs_io -c "truncate 18112512" $mnt/s1/g1
xfs_io -f -c "falloc 10022912 16k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "truncate 31524024" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g1
xfs_io -c "falloc 3235840 16m" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 4884601 36k" $mnt/f1
