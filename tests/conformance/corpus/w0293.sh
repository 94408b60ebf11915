# extsim conformance workload, gen.py seed 293
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc -k 3694592 657" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite 7211492 28k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 1544192 36k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 312k 4295" -c "fdatasync" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 416k 72k 728k" $mnt/f1
sync
xfs_io -c "fpunch 1871872 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 444k 5544" $mnt/f0
xfs_io -c "falloc 429696 2051" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 2420736 64k 16k" $mnt/f0
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 0 1114112 4k" $mnt/s1/f0
xfs_io -f -c "falloc 576k 44k" $mnt/sv/g0
xfs_io -c "falloc -k 585653 36k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 4139131 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1273856 60k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/f0 1572864 136k 12k" $mnt/f1
xfs_io -c "fzero 4055040 40k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2211840 20k" -c "fdatasync" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 16k 56k 20k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g0 249758 6180864 8228" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 164k 28k" -c "fsync" $mnt/sv/g0
rm -f $mnt/sv/g0
xfs_io -c "truncate 1298432" $mnt/s1/f0
xfs_io -c "reflink $mnt/f1 496k 208k 196k" $mnt/f1
xfs_io -c "pwrite -S 0x61 8290304 32k" -c "fsync" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 1480130 20k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 136k 64k" -c "fdatasync" $mnt/f1
xfs_io -c "dedupe $mnt/s1/g0 640k 32k 32k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 2389 16k" -c "fdatasync" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1093241 24k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 280k 4k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x62 204k 48k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 1239702 112k" $mnt/s1/f0
xfs_io -c "fpunch 654948 180k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/f0 120k 72k 1101824" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f1 308k 0 12k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 2752512 248k" $mnt/s1/g1
xfs_io -c "fsync" $mnt/f1
sync
xfs_io -c "fpunch 925411 3m" $mnt/sv/g0
xfs_io -c "fpunch 3809280 112k" $mnt/f0
xfs_io -f -c "pwrite 1702885 4k" $mnt/s1/g1
xfs_io -c "falloc -k 148k 4k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/sv/g0
