# extsim conformance workload, gen.py seed 162
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 963042 44k" $mnt/f0
xfs_io -c "pwrite -S 0x62 420k 1m" $mnt/f0
xfs_io -c "pwrite -S 0x62 460k 168k" $mnt/f0
sync
touch $mnt/f1
chattr +C $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0xcd 1454080 192k" $mnt/f0
xfs_io -c "falloc 772k 136k" $mnt/s1/f1
xfs_io -c "falloc 880k 2m" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x62 548k 60k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f1 1798144 4k 32k" $mnt/f0
xfs_io -c "truncate 2142994" $mnt/s1/f1
xfs_io -c "pwrite -S 0x62 168k 8239" $mnt/f1
xfs_io -c "pwrite -S 0xcd 40k 152k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1151980 232k" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 688k 40k" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/s1/f1
xfs_io -f -c "pwrite 812k 52k" $mnt/s1/g0
sync
xfs_io -c "pwrite -S 0x61 664k 24k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f1 0 112k 80k" $mnt/f1
sync
xfs_io -f -c "pwrite -S 0x62 708k 32k" $mnt/s1/g1
xfs_io -c "falloc -k 744k 36k" $mnt/s1/g1
xfs_io -r -c "fiemap -v" $mnt/s1/f1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "pwrite -S 0x62 112k 48k" -c "fdatasync" $mnt/s1/g1
