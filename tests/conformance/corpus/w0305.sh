# extsim conformance workload, gen.py seed 305
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0xcd 3215360 244k" $mnt/s1/g0
xfs_io -c "falloc -k 532k 76k" $mnt/s1/g0
xfs_io -c "fpunch 4186112 12k" $mnt/s1/g0
sync
xfs_io -c "pwrite -S 0x62 2682880 12025" -c "fsync" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 1998848 2224128 24k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 1478656 2895872 20k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 2019328 0 1449984" $mnt/s1/g0
sync
xfs_io -f -c "pwrite -S 0x63 132k 12k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x62 3760128 40k" -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 3470350 72k" $mnt/s1/g0
xfs_io -c "reflink $mnt/s1/g0 2646016 988k 1167360" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 2191360 4k 4k" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 1286144 40k" -c "fsync" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 7929770 5276" $mnt/s1/g0
xfs_io -f -c "falloc 712k 5174" $mnt/s1/g1
xfs_io -c "pwrite 648k 12k" $mnt/s1/g1
xfs_io -c "fsync" $mnt/s1/g0
sync
xfs_io -c "fpunch 1773568 208k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -f -c "reflink $mnt/s1/g1 120k 3190784 176k" $mnt/s1/g2
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "falloc -k 4046848 40k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g2 1417216 52k 12k" $mnt/s1/g0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "reflink $mnt/f2 0 3129344 4k" $mnt/f2
xfs_io -f -c "falloc 1490944 144k" $mnt/s1/g3
xfs_io -c "pwrite -S 0x61 7495680 36k" $mnt/f1
xfs_io -c "reflink $mnt/f1 4173824 4882432 216k" $mnt/f2
