# extsim conformance workload, gen.py seed 19 (near full)
mkfs.btrfs -f $dev -b 112m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 17518592 4k" $mnt/f0
xfs_io -f -c "falloc 1531904 12k" $mnt/f1
xfs_io -c "pwrite -S 0xcd -b 1m 6606848 4m" $mnt/f1
xfs_io -c "falloc 15622144 16k" $mnt/f0
xfs_io -c "pwrite -S 0xcd -b 1m 9179136 1m" $mnt/f0
xfs_io -c "reflink $mnt/f0 4108288 1904640 1536000" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 759035 56k" $mnt/f1
xfs_io -c "pwrite -S 0x62 272995 12k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x61 1138688 104k" $mnt/f1
xfs_io -f -c "falloc 16980006 4k" $mnt/f2
xfs_io -r -c "fiemap -v" $mnt/f1
sync
xfs_io -c "pwrite -S 0x63 10850304 208k" $mnt/f2
xfs_io -c "falloc 7505750 96k" $mnt/f2
xfs_io -c "reflink $mnt/f1 6361088 14426112 2723840" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
sync
xfs_io -c "reflink $mnt/f2 14659584 12316672 0" $mnt/f0
xfs_io -c "falloc -k 3584000 8k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f1 5439488 28k 12k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 4849664 4849664 12k" $mnt/f1
xfs_io -c "pwrite -S 0x63 5935104 3949" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -b 1m 29405184 3m" $mnt/f1
xfs_io -c "reflink $mnt/f0 10379264 27983872 4673536" $mnt/f1
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "reflink $mnt/s1/f1 1404928 16314368 9404416" $mnt/f0
xfs_io -f -c "falloc 11595776 1m" $mnt/f4
xfs_io -c "falloc 16711680 204k" $mnt/f3
xfs_io -c "falloc -k 15376529 6243" $mnt/f0
chattr +C $mnt/f2
xfs_io -c "pwrite -S 0x63 -b 1m 3014656 16m" $mnt/f4
xfs_io -c "pwrite -S 0x63 -b 1m 9109504 13m" -c "fdatasync" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 -b 1m 11866112 13m" $mnt/f5
xfs_io -c "pwrite -S 0x62 -b 1m 16359424 14m" $mnt/f1
xfs_io -c "reflink $mnt/f3 6492160 2785280 244k" $mnt/f4
xfs_io -c "truncate 4420584" $mnt/f5
xfs_io -c "truncate 29966336" $mnt/f0
xfs_io -f -c "reflink $mnt/s1/f1 6508544 8888320 2646016" $mnt/f6
xfs_io -c "dedupe $mnt/f0 23547904 25354240 28k" $mnt/f1
xfs_io -c "truncate 6409141" $mnt/f1
xfs_io -c "fpunch 3325952 9720" $mnt/f5
xfs_io -c "reflink $mnt/f0 16187392 10121216 2666496" $mnt/f4
xfs_io -c "pwrite -S 0xcd -b 1m 6479872 13m" $mnt/f6
xfs_io -c "pwrite -S 0x63 -b 1m 5120000 3m" $mnt/f1
xfs_io -c "reflink $mnt/f4 2301952 10477568 24k" $mnt/f4
xfs_io -c "falloc -k 2252800 9m" $mnt/f3
sync
umount $mnt
mount $dev $mnt
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/s1/f2 7135232 3391488 6139904" $mnt/f1
xfs_io -f -c "falloc -k 16375808 72k" $mnt/f7
xfs_io -f -c "pwrite -S 0x61 9363456 144k" $mnt/f3
xfs_io -c "reflink $mnt/s1/f0 14831616 18472960 2330624" $mnt/f2
xfs_io -c "falloc -k 20717568 1m" $mnt/f4
xfs_io -c "fsync" $mnt/f4
xfs_io -c "pwrite -S 0xcd -b 1m 7999488 12m" $mnt/f3
rm -f $mnt/s1/f1
xfs_io -c "pwrite -S 0x63 29143040 96k" -c "fdatasync" $mnt/f6
xfs_io -c "pwrite -S 0x62 16572416 240k" $mnt/f2
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f6 25706496 3076096 1736704" $mnt/f2
xfs_io -c "pwrite -S 0x62 2891776 128k" $mnt/f5
xfs_io -c "reflink $mnt/f7 4k 31408128 8k" $mnt/f7
xfs_io -c "fsync" $mnt/f7
