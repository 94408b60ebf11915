# extsim conformance workload, gen.py seed 397 (near full)
mkfs.btrfs -f $dev -b 128m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc -k 7479296 16m" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 24129536 4k" $mnt/f0
xfs_io -c "fpunch 19820544 8k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "falloc 1384448 15m" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "pwrite -S 0x61 25071616 12k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 13328384 64k" $mnt/sv/g0
xfs_io -c "truncate 18800640" $mnt/f0
sync
xfs_io -c "dedupe $mnt/sv/g0 6524928 704k 32k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "fzero 31535104 204k" $mnt/f0
xfs_io -f -c "falloc 19824640 3m" $mnt/f1
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "dedupe $mnt/f0 25206784 25202688 32k" $mnt/f0
xfs_io -f -c "reflink $mnt/sv/g0 9048064 8253440 2977792" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 4243456 0 6991872" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g1 8413184 16k 16k" $mnt/f0
xfs_io -c "falloc 19197952 10768" $mnt/f0
xfs_io -c "fzero 8085504 20k" $mnt/f0
xfs_io -c "falloc 23490560 44k" $mnt/f1
xfs_io -f -c "reflink $mnt/sv/g2 1302528 1306624 8k" $mnt/sv/g2
xfs_io -c "dedupe $mnt/f1 13295616 8720384 32k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 10104832 28880896 1224704" $mnt/sv/g0
sync
xfs_io -c "dedupe $mnt/f0 24924160 24932352 4k" $mnt/f0
sync
xfs_io -f -c "pwrite -S 0x62 6471680 168k" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/sv/g1 32858838 12095656 56k" $mnt/f2
xfs_io -c "truncate 334480" $mnt/f2
