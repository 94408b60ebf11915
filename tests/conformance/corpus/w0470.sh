# extsim conformance workload, gen.py seed 470
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 839879 48k" $mnt/s1/g0
xfs_io -c "falloc 55398 2m" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 496k 24k" $mnt/s1/g0
xfs_io -c "falloc 1638400 64k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 1314816 4k" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g0 576k 4k 20k" $mnt/s1/g0
xfs_io -c "falloc -k 567188 1083" $mnt/s1/g0
xfs_io -c "fzero -k 4k 96k" $mnt/s1/g0
xfs_io -c "falloc -k 12k 24k" $mnt/s1/g0
sync
xfs_io -c "pwrite -S 0x63 1769472 48k" $mnt/s1/g0
xfs_io -c "pwrite -S 0xcd 1798144 6828" $mnt/s1/g0
rm $mnt/s1/g0
xfs_io -f -c "reflink $mnt/s1/g0 4k 452k 4k" $mnt/s1/g0
rm $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 616k 48k" $mnt/s1/g0
xfs_io -c "fdatasync" $mnt/s1/g0
xfs_io -f -c "falloc 88k 16k" $mnt/s1/g1
xfs_io -c "truncate 652k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "truncate 88k" $mnt/s1/g1
xfs_io -c "fpunch 19285 40k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x63 344k 3893" $mnt/s1/g0
xfs_io -c "dedupe $mnt/s1/g1 20k 8k 20k" $mnt/s1/g0
umount $mnt
mount $dev $mnt
xfs_io -c "pwrite -S 0x63 302468 20k" -c "fsync" $mnt/s1/g0
