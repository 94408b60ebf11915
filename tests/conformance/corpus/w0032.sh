# extsim conformance workload, gen.py seed 32
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 408k 8k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 100k 268k 232k" $mnt/f0
xfs_io -c "reflink $mnt/f0 116k 2064384 84k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 936k 10862" $mnt/sv/g0
chattr +C $mnt/sv/g0
chattr +C $mnt/sv/g0
xfs_io -c "pwrite 148k 8k" $mnt/sv/g0
xfs_io -c "fpunch 902443 32k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 868k 11213" $mnt/sv/g0
xfs_io -f -c "falloc -k 4k 3m" $mnt/sv/g1
xfs_io -r -c "fiemap -v" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 1820122 28k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 0 744k 4k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 468k 460k 12k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x61 56645 72k" -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x61 304k 32k" -c "fsync" $mnt/sv/g1
xfs_io -f -c "falloc 1466305 11318" $mnt/sv/g2
xfs_io -c "fpunch 1072916 12k" $mnt/sv/g0
sync
xfs_io -c "pwrite -S 0x62 328k 4505" $mnt/sv/g1
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "falloc 312k 40k" $mnt/sv/g2
xfs_io -f -c "reflink $mnt/f0 1863680 1241088 16k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1647590 80" $mnt/sv/g0
xfs_io -c "fzero -k 1179648 52k" $mnt/sv/g2
xfs_io -f -c "falloc 1462272 164k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g2 56k 44k 8k" $mnt/f1
