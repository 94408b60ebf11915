# extsim conformance workload, gen.py seed 7
mkfs.btrfs -f $dev -b 512m > /dev/null
mount -o nodatacow $dev $mnt
xfs_io -f -c "pwrite 948k 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 644k 4k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 568k 0 396k" $mnt/f0
xfs_io -c "pwrite -S 0x61 584k 112k" $mnt/f0
xfs_io -c "fpunch 64k 64k" $mnt/f0
sync
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 4093134 896k 12k" $mnt/f0
xfs_io -c "pwrite -S 0x63 2547712 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1130496 1298432 972k" $mnt/f0
sync
xfs_io -c "falloc -k 688k 28k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 2082608 36k" $mnt/f0
xfs_io -c "falloc 967378 32k" $mnt/f0
xfs_io -c "pwrite -S 0x62 18574 44k" $mnt/f0
sync
rm $mnt/f0
sync
xfs_io -f -c "truncate 6692864" $mnt/f0
xfs_io -c "reflink $mnt/f0 1748992 900k 4947968" $mnt/f0
xfs_io -c "pwrite 3047424 3408" $mnt/f0
xfs_io -c "fpunch 4091904 64k" $mnt/f0
xfs_io -c "falloc 8028160 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 2457600 200k" $mnt/f1
xfs_io -c "pwrite -S 0x62 684k 44k" $mnt/f1
md5sum $mnt/f0
xfs_io -c "falloc -k 6131827 188k" $mnt/f0
xfs_io -c "falloc 5861376 32k" $mnt/f1
xfs_io -c "pwrite -S 0xcd 4046848 68k" $mnt/f0
xfs_io -c "fdatasync" $mnt/f1
md5sum $mnt/f0
xfs_io -f -c "reflink $mnt/f1 3317760 7770112 0" $mnt/f2
xfs_io -c "pwrite -S 0xcd 462459 20k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 8830976 3192" -c "fsync" $mnt/f2
xfs_io -c "falloc -k 1100759 60k" $mnt/f1
sync
xfs_io -c "reflink $mnt/f0 4390912 3072000 2142208" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 9337579 64k" $mnt/f2
xfs_io -c "pwrite -S 0x63 4714062 180k" $mnt/f0
xfs_io -c "reflink $mnt/f1 4009984 2174976 1064960" $mnt/f1
xfs_io -c "pwrite 3289088 3943" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 1150976 16k" $mnt/f1
xfs_io -f -c "truncate 3751936" $mnt/f3
