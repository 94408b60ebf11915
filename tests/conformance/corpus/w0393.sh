# extsim conformance workload, gen.py seed 393
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x62 267262 28k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x63 76k 192k" $mnt/f0
xfs_io -c "reflink $mnt/f0 248k 28k 32k" $mnt/f0
xfs_io -c "fpunch 56k 84k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 572733 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 76k 332k 168k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1839104 60k" $mnt/f0
xfs_io -c "falloc 82951 12k" $mnt/f0
xfs_io -f -c "truncate 198300" $mnt/f1
xfs_io -c "fzero 78318 24k" $mnt/f1
touch $mnt/sv/g1
chattr +C $mnt/sv/g1
xfs_io -c "falloc 236k 24k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f0 756k 72k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 152k 56k" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x61 124k 4k" $mnt/sv/g1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0 304k 1372160 240k" $mnt/s1/f0
xfs_io -c "falloc 248k 20k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 104k 10119" $mnt/s1/f1
xfs_io -c "dedupe $mnt/f1 1527808 168k 52k" $mnt/s1/f1
xfs_io -f -c "pwrite -b 1m 912k 2m" $mnt/f2
xfs_io -c "pwrite -S 0x61 -b 1m 89260 3m" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/sv/g1 196k 3162112 0" $mnt/s2/f1
xfs_io -c "falloc -k 1826816 1m" $mnt/s2/f1
xfs_io -c "reflink $mnt/s1/f1 136k 588k 40k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s2/f0 60k 196k 220k" $mnt/s1/f1
xfs_io -c "reflink $mnt/s1/f1 352k 208k 24k" $mnt/sv/g1
xfs_io -c "reflink $mnt/s2/f2 1294336 1642496 1744896" $mnt/s2/f1
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 2920448 20k" $mnt/s2/f1
xfs_io -c "pwrite -S 0x61 700k 20k" $mnt/s2/f0
sync
xfs_io -f -c "pwrite -S 0x63 2949120 56k" -c "fsync" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 76k 20k" $mnt/sv/g1
xfs_io -c "reflink $mnt/s1/f1 88k 1368064 336k" $mnt/s2/f0
xfs_io -c "falloc 2224128 28k" $mnt/s2/f1
xfs_io -c "pwrite -S 0x63 2172576 44k" $mnt/f2
xfs_io -c "falloc -k 248k 12k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 1020k 4818" $mnt/f1
xfs_io -c "falloc -k 1892352 48k" $mnt/f0
xfs_io -c "pwrite -S 0x61 410059 8k" $mnt/s1/f0
md5sum $mnt/s1/f0
xfs_io -f -c "reflink $mnt/sv/g1 244k 1789952 16k" $mnt/s2/g0
xfs_io -f -c "reflink $mnt/s2/f1 3190784 408k 56k" $mnt/s2/g1
xfs_io -c "reflink $mnt/s1/f0 652k 320k 972k" $mnt/s1/f0
