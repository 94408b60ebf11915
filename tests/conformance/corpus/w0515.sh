# extsim conformance workload, gen.py seed 515
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 48k 4k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 484k 1m" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 728k 744k 16k" $mnt/f1
xfs_io -c "pwrite -S 0x62 1441307 48k" $mnt/f0
rm $mnt/f1
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "fpunch 840k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x62 512k 2m" $mnt/f0
xfs_io -c "falloc 2033040 11608" $mnt/f0
xfs_io -c "pwrite -S 0xcd 355637 5868" $mnt/f0
xfs_io -c "pwrite -S 0x62 1101824 846" $mnt/f0
xfs_io -c "truncate 1012045" $mnt/f0
xfs_io -f -c "pwrite 636k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 100k 204k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
rm $mnt/f0
xfs_io -c "pwrite -S 0x61 264k 32k" -c "fdatasync" $mnt/f1
xfs_io -c "falloc 138579 36k" $mnt/f1
xfs_io -c "pwrite -S 0x62 4k 64k" $mnt/f1
xfs_io -c "falloc 176k 24k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f0 528k 128k 0" $mnt/f1
xfs_io -c "pwrite -S 0x61 624k 75" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fzero -k 160k 28k" $mnt/f1
xfs_io -c "falloc -k 924k 8k" $mnt/f1
xfs_io -c "pwrite -S 0x61 52k 4m" -c "fsync" $mnt/f1
xfs_io -f -c "falloc 460k 48k" $mnt/f0
xfs_io -c "fpunch 356k 96k" $mnt/f0
xfs_io -c "reflink $mnt/f1 3108864 1376256 20k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x62 1826816 156k" $mnt/f1
sync
md5sum $mnt/f1
xfs_io -f -c "pwrite -S 0x63 312k 5912" $mnt/f2
xfs_io -c "truncate 708k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 792k 84k" -c "fsync" $mnt/f3
