# extsim conformance workload, gen.py seed 102
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 596k 8k" $mnt/f0
xfs_io -c "fzero -k 52k 60k" $mnt/f0
xfs_io -c "reflink $mnt/f0 488k 340k 88k" $mnt/f0
xfs_io -c "pwrite -S 0x61 272k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 480k 520k 84k" $mnt/f0
xfs_io -c "truncate 332k" $mnt/f0
xfs_io -c "fpunch 240k 12k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
sync
xfs_io -c "pwrite -S 0xcd 83620 9832" -c "fsync" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 140k 56k" $mnt/f0
rm -f $mnt/f0
xfs_io -c "pwrite -S 0x62 104k 12k" $mnt/s1/f0
sync
xfs_io -c "fsync" $mnt/s1/f0
xfs_io -c "falloc 480k 1m" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 332k 384k 384k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 152k 20k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x62 572k 64k" -c "fsync" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 1254416 24k" $mnt/s1/f0
touch $mnt/f0
chattr +C $mnt/f0
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x62 532k 64k" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/s1/f0
chattr +C $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 36k 1851" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 120k 52k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x63 1329748 9058" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 356k 36k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 1462272 128k 24k" $mnt/s1/g1
xfs_io -c "pwrite -S 0x61 132k 56k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 116k 244k" $mnt/f0
