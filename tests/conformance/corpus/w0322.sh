# extsim conformance workload, gen.py seed 322
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x63 472k 208k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "falloc -k 792k 216k" $mnt/sv/g0
chattr +C $mnt/f0
sync
xfs_io -c "dedupe $mnt/f0 372k 32k 16k" $mnt/f0
btrfs subvolume snapshot $mnt/sv $mnt/s2
xfs_io -c "fzero -k 418813 6052" $mnt/sv/g0
xfs_io -c "fsync" $mnt/s2/g0
xfs_io -c "fpunch 360k 12215" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 228k 168k" $mnt/s2/g0
xfs_io -f -c "reflink $mnt/s2/g0 300k 852k 88k" $mnt/s2/g1
xfs_io -f -c "pwrite -S 0x62 484k 64k" $mnt/s1/g0
xfs_io -c "falloc 138947 8k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 784k 36k" $mnt/f1
xfs_io -c "reflink $mnt/f1 332k 412k 492k" $mnt/f1
xfs_io -c "fsync" $mnt/s2/g1
xfs_io -c "fpunch 945035 64k" $mnt/sv/g0
rm -f $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 168k 3m" -c "fdatasync" $mnt/s2/g0
md5sum $mnt/f1
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "falloc 512k 4m" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 960k 64k" $mnt/s2/g0
xfs_io -c "fpunch 193112 4m" $mnt/s2/g1
xfs_io -c "dedupe $mnt/s1/f0 288k 2850816 16k" $mnt/s1/g0
xfs_io -c "fpunch 222146 4k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 88k 1593344 476k" $mnt/s2/g0
chattr +C $mnt/s2/g0
xfs_io -c "falloc 332k 52k" $mnt/s1/f0
xfs_io -c "fpunch 340k 32k" $mnt/s2/g1
xfs_io -f -c "pwrite 616k 168k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x61 3457024 72k" $mnt/s1/g0
md5sum $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/s2/g1
xfs_io -c "reflink $mnt/s1/f0 348k 668k 340k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 28k 4014080 660k" $mnt/s1/g0
xfs_io -c "pwrite 265898 3m" $mnt/s2/g0
xfs_io -c "falloc -k 184k 256k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 612k 144k" $mnt/f1
xfs_io -c "pwrite -S 0x62 924538 24k" $mnt/s2/g1
xfs_io -c "dedupe $mnt/s2/g0 3338240 444k 24k" $mnt/f0
xfs_io -c "fpunch 924k 168k" $mnt/s2/g1
xfs_io -c "fpunch 420k 8k" $mnt/s2/g1
sync
btrfs subvolume snapshot $mnt/sv $mnt/s3
xfs_io -c "falloc -k 209976 552" $mnt/s1/f0
xfs_io -c "falloc 2621440 60k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f1 128k 120k 4k" $mnt/f1
rm $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 304516 12k" $mnt/f1
md5sum $mnt/s1/f0
xfs_io -c "falloc 204k 124k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/s1/f0 644k 476k 32k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s2/g1
xfs_io -c "falloc -k 400k 36k" $mnt/f0
xfs_io -c "dedupe $mnt/s2/g0 2965504 0 450218" $mnt/f1
sync
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "falloc 1008k 16k" $mnt/s2/g1
xfs_io -c "reflink $mnt/f0 500k 840k 112k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 496k 236k" $mnt/f1
xfs_io -c "dedupe $mnt/s2/g0 1536000 316k 8k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0xcd 905601 248k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 628k 584k 180k" $mnt/f0
xfs_io -c "reflink $mnt/f0 96k 168k 20k" $mnt/s2/g1
xfs_io -c "dedupe $mnt/s1/f0 236k 92k 8k" $mnt/f1
xfs_io -c "dedupe $mnt/s2/g1 600k 44k 32k" $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 996k 260k 28k" $mnt/s2/g0
