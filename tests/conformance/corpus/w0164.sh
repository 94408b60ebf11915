# extsim conformance workload, gen.py seed 164
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 1670610 20k" $mnt/f0
xfs_io -c "pwrite -S 0x63 464k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1855632 136k" -c "fsync" $mnt/f1
sync
xfs_io -c "pwrite -S 0x63 655923 44k" $mnt/f0
xfs_io -c "pwrite -S 0x63 1552384 44k" $mnt/f1
xfs_io -c "fpunch 776k 12k" $mnt/f0
xfs_io -f -c "pwrite 260064 24k" $mnt/f0
xfs_io -c "reflink $mnt/f1 1675264 1691930 8k" $mnt/f0
xfs_io -c "fzero 880k 20k" $mnt/f1
xfs_io -c "pwrite -S 0x61 1783708 236k" $mnt/f1
xfs_io -c "falloc -k 1097728 52k" $mnt/f1
sync
xfs_io -f -c "pwrite 1394813 8k" -c "fsync" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1433600 1429504 4k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite 528k 60k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1503101 40k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2035792 36k" $mnt/f2
sync
xfs_io -c "fpunch 888685 12k" $mnt/f2
xfs_io -c "reflink $mnt/f2 248k 1056768 568k" $mnt/f2
xfs_io -c "pwrite -S 0x62 1130496 4k" $mnt/f2
xfs_io -c "reflink $mnt/f2 228k 740k 0" $mnt/f0
xfs_io -c "reflink $mnt/f1 832k 1736019 7536" $mnt/f2
btrfs subvolume snapshot -r $mnt $mnt/s1
rm $mnt/f0
xfs_io -c "pwrite -S 0xcd 892k 36k" $mnt/f1
xfs_io -c "falloc 952k 2720" $mnt/f1
xfs_io -c "pwrite -S 0x61 900k 36k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 1269723 44k" $mnt/f0
