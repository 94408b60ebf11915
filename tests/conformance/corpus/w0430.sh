# extsim conformance workload, gen.py seed 430
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc -k 828k 1081" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "falloc -k 344k 28k" $mnt/s1/f0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/s1/f0 4k 828k 4k" $mnt/s1/f0
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -c "reflink $mnt/s1/f0 0 428k 0" $mnt/s1/g1
xfs_io -c "pwrite -S 0xcd 485894 40k" $mnt/f0
xfs_io -c "fpunch 307809 20k" $mnt/f0
xfs_io -c "pwrite 244k 20k" $mnt/f0
xfs_io -c "reflink $mnt/s1/g1 0 148k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f0 104k 104k 12k" $mnt/f0
xfs_io -f -c "pwrite 412k 24k" $mnt/f1
xfs_io -f -c "falloc -k 242446 12k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 224k 64k" -c "fsync" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 305613 60k" $mnt/s1/g0
touch $mnt/s1/g4
chattr +C $mnt/s1/g4
xfs_io -c "pwrite 428k 140k" $mnt/s1/g4
sync
xfs_io -c "falloc -k 520k 8k" $mnt/f0
xfs_io -c "pwrite 821384 2225" $mnt/s1/f0
chattr +C $mnt/f1
touch $mnt/s1/g2
chattr +C $mnt/s1/g2
xfs_io -c "dedupe $mnt/s1/g4 420k 0 152k" $mnt/s1/f0
chattr +C $mnt/s1/g2
xfs_io -r -c "fiemap -v" $mnt/s1/g4
xfs_io -c "falloc 260k 12k" $mnt/s1/g0
sync
xfs_io -c "reflink $mnt/f2 436k 428k 4k" $mnt/f2
xfs_io -c "fsync" $mnt/s1/g4
xfs_io -c "reflink $mnt/s1/g1 211874 552k 24k" $mnt/s1/g0
xfs_io -c "fpunch 689230 152k" $mnt/s1/g2
xfs_io -c "fzero -k 552k 32k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 884k 176k" -c "fdatasync" $mnt/f2
touch $mnt/s1/g3
chattr +C $mnt/s1/g3
xfs_io -c "reflink $mnt/s1/g1 0 184k 4k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 244k 168k 124k" $mnt/f3
xfs_io -c "pwrite -S 0xcd 612k 108k" $mnt/f2
xfs_io -c "pwrite -S 0x62 420k 28k" $mnt/f0
