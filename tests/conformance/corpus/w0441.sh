# extsim conformance workload, gen.py seed 441
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite -S 0x61 4993024 4535" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 1966080 1970176 4k" $mnt/sv/g0
touch $mnt/f0
chattr +C $mnt/f0
xfs_io -c "dedupe $mnt/sv/g0 688k 40k 16k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "pwrite 4662764 216k" $mnt/sv/g0
xfs_io -c "pwrite 5731526 56k" $mnt/f0
xfs_io -c "fpunch 4404562 28k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g0
xfs_io -c "falloc -k 1785856 8k" $mnt/sv/g0
umount $mnt
mount $dev $mnt
xfs_io -c "truncate 2465792" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 5391150 36k" $mnt/sv/g1
xfs_io -c "falloc 1758906 20k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0xcd 7420534 16k" $mnt/sv/g2
xfs_io -c "reflink $mnt/f0 1544192 1548288 4k" $mnt/f0
xfs_io -c "reflink $mnt/sv/g1 4886528 608k 160k" $mnt/f0
xfs_io -c "pwrite 6950912 20k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 4952064 10709" $mnt/sv/g2
xfs_io -f -c "reflink $mnt/sv/g2 5513216 5058560 1927798" $mnt/f1
xfs_io -f -c "falloc 4734976 240k" $mnt/f2
xfs_io -c "dedupe $mnt/sv/g2 6230016 0 32k" $mnt/f0
xfs_io -f -c "truncate 3775860" $mnt/sv/g3
sync
sync
xfs_io -f -c "pwrite -S 0x62 2474784 44k" $mnt/sv/g4
xfs_io -r -c "fiemap -v" $mnt/sv/g3
xfs_io -c "reflink $mnt/f1 0 1343488 4k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 7090176 28k" -c "fsync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g2 20k 0 7420534" $mnt/f2
xfs_io -c "fdatasync" $mnt/sv/g4
xfs_io -c "fpunch 3174400 4k" $mnt/sv/g4
xfs_io -f -c "pwrite 3878912 6747" $mnt/f2
