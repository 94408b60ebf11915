# extsim conformance workload, gen.py seed 513 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 19914752 14m" $mnt/f0
xfs_io -c "pwrite -S 0x61 9857333 3627" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 10436608 16584704 13172736" $mnt/f0
xfs_io -c "fzero 26501120 1m" $mnt/f0
xfs_io -c "reflink $mnt/f0 25444352 3739648 9064448" $mnt/f0
xfs_io -c "reflink $mnt/f0 32280576 32673792 956k" $mnt/f0
xfs_io -c "falloc 2543290 12m" $mnt/f0
xfs_io -c "falloc 30102894 9m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 -b 1m 10469376 15m" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 9080832 28k" $mnt/f1
xfs_io -c "reflink $mnt/f0 22417408 29466624 10481664" $mnt/f0
xfs_io -c "reflink $mnt/f1 1392640 1806336 7725056" $mnt/f1
xfs_io -f -c "pwrite 3874749 88k" $mnt/f1
xfs_io -c "reflink $mnt/f0 7872512 648k 6987776" $mnt/f1
xfs_io -c "dedupe $mnt/f0 36159488 0 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 33140736 4k 24k" $mnt/f0
xfs_io -c "fpunch 620k 36k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 5623808 64k" -c "fsync" $mnt/f2
xfs_io -c "fsync" $mnt/f2
xfs_io -c "fdatasync" $mnt/f1
md5sum $mnt/f2
xfs_io -f -c "pwrite -S 0x63 1367723 64k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 3772416 4424" -c "fsync" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fzero -k 5640192 48k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 -b 1m 6270976 12m" $mnt/f1
