# extsim conformance workload, gen.py seed 451
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 5009408 64k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2940928 176k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1519616 28k" $mnt/f0
xfs_io -c "fpunch 3526656 4081" $mnt/f0
xfs_io -c "fpunch 3538944 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 468k 5492736 4599808" $mnt/f0
xfs_io -c "reflink $mnt/f0 1310720 6324224 496k" $mnt/f0
xfs_io -c "falloc 2666496 4k" $mnt/f0
xfs_io -c "falloc -k 2576384 6920" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2793472 24k 20k" $mnt/f0
xfs_io -c "falloc -k 1880064 5099" $mnt/f0
xfs_io -c "pwrite -S 0x63 5855292 60k" $mnt/f0
xfs_io -c "fzero -k 1029874 256k" $mnt/f0
sync
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3608576 644" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fsync" $mnt/f0
sync
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f0 4079616 1409024 2760704" $mnt/f0
xfs_io -c "pwrite -S 0x61 132k 108k" $mnt/f0
sync
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 4591616 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 276k 8k" -c "fdatasync" $mnt/f0
xfs_io -c "fzero -k 3588096 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 268k 4m" $mnt/f0
xfs_io -f -c "falloc 3891200 28k" $mnt/f1
