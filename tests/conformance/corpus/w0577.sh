# extsim conformance workload, gen.py seed 577
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite 809174 32k" $mnt/f0
umount $mnt
mount $dev $mnt
xfs_io -c "fdatasync" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "falloc -k 432k 56k" $mnt/f0
xfs_io -c "falloc -k 12k 2m" $mnt/f0
xfs_io -c "reflink $mnt/f0 640k 12k 84k" $mnt/f0
xfs_io -c "pwrite 288k 28k" $mnt/f0
xfs_io -c "falloc -k 692330 108k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 1234905 36k" -c "fdatasync" $mnt/f1
sync
xfs_io -c "reflink $mnt/f0 704k 460k 32k" $mnt/f0
xfs_io -c "falloc -k 384k 24k" $mnt/f1
xfs_io -c "pwrite 1385104 52k" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 516k 60k" $mnt/f0
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "fpunch 636k 56k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 144k 124k" $mnt/f2
xfs_io -c "reflink $mnt/f0 260k 28k 380k" $mnt/f2
sync
xfs_io -f -c "truncate 1159168" $mnt/f3
xfs_io -f -c "pwrite -S 0x63 1798144 52k" $mnt/f4
xfs_io -c "reflink $mnt/f0 700k 48k 88k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 796k 180k" $mnt/f5
xfs_io -f -c "pwrite -S 0x63 1433600 28k" -c "fsync" $mnt/f6
xfs_io -c "reflink $mnt/f6 936k 704k 480k" $mnt/f6
xfs_io -c "pwrite -S 0x61 788k 20k" -c "fdatasync" $mnt/f6
xfs_io -c "falloc -k 664627 4k" $mnt/f1
xfs_io -c "pwrite -S 0x61 192k 28k" $mnt/f1
xfs_io -c "falloc 580449 56k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 768k 16k 4k" $mnt/f0
xfs_io -c "fzero 204k 12k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f2
xfs_io -c "fpunch 1056768 10960" $mnt/f3
xfs_io -c "fdatasync" $mnt/f3
xfs_io -c "reflink $mnt/f0 756k 1884160 0" $mnt/f1
xfs_io -c "dedupe $mnt/f3 1150976 712k 12k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 120k 180k" $mnt/f5
xfs_io -c "pwrite 1005362 60k" -c "fsync" $mnt/f3
xfs_io -c "fzero 272k 1m" $mnt/f2
xfs_io -f -c "falloc 736k 16k" $mnt/f7
xfs_io -c "pwrite -S 0x63 828030 200k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 680k 2354" $mnt/f7
xfs_io -c "falloc 116k 4k" $mnt/f0
xfs_io -c "reflink $mnt/f4 428k 1277952 1196032" $mnt/f2
