# extsim conformance workload, gen.py seed 319
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 4721382 48k" $mnt/f0
xfs_io -c "pwrite -S 0x63 4079129 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 3280896 44k" $mnt/f0
xfs_io -c "fpunch 2166784 20k" $mnt/f0
touch $mnt/f1
chattr +C $mnt/f1
xfs_io -c "pwrite -S 0x61 1867776 3431" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 2990080 52k" $mnt/f2
md5sum $mnt/f2
xfs_io -c "dedupe $mnt/f0 684k 4450464 32k" $mnt/f0
xfs_io -c "fpunch 3833856 5577" $mnt/f0
xfs_io -c "pwrite -S 0x63 3167164 7734" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 6524928 2465" $mnt/f1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "falloc -k 524k 24k" $mnt/f1
xfs_io -f -c "truncate 7269994" $mnt/f3
xfs_io -c "reflink $mnt/f1 0 5771264 0" $mnt/f3
xfs_io -f -c "pwrite 2359296 44k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 3104768 12k" -c "fdatasync" $mnt/f3
xfs_io -c "dedupe $mnt/f3 720k 2015232 16k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 4119489 100k" $mnt/f0
xfs_io -c "fpunch 953095 176k" $mnt/f2
xfs_io -c "reflink $mnt/f1 7761920 7745536 28k" $mnt/f1
xfs_io -c "fpunch 4100096 172" $mnt/f1
sync
xfs_io -f -c "falloc -k 384k 104k" $mnt/f4
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x62 3723264 16k" $mnt/f4
xfs_io -r -c "fiemap -v" $mnt/s1/f1
sync
xfs_io -c "reflink $mnt/s1/f1 4k 2031616 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 7761920 16k" $mnt/f3
xfs_io -c "pwrite -S 0x61 8257294 48k" $mnt/f0
xfs_io -c "reflink $mnt/f1 680k 696k 20k" $mnt/f1
touch $mnt/f5
chattr +C $mnt/f5
xfs_io -c "fpunch 7008256 12k" $mnt/f3
