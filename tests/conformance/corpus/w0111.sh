# extsim conformance workload, gen.py seed 111
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0xcd 1765376 60k" $mnt/f0
xfs_io -c "fzero 1466368 11105" $mnt/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f0 1593344 64k 8k" $mnt/f0
xfs_io -c "pwrite -S 0x61 440k 196k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 1000k 636k 556k" $mnt/f1
xfs_io -c "pwrite -S 0x62 32k 20k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1609728 1208320 60k" $mnt/f0
xfs_io -f -c "pwrite 484k 28k" $mnt/f2
xfs_io -c "truncate 240k" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 1966080 3789" $mnt/f0
xfs_io -c "reflink $mnt/f0 1781760 360k 148k" $mnt/f1
xfs_io -c "falloc -k 1363968 16k" $mnt/f0
xfs_io -c "truncate 312k" $mnt/f2
xfs_io -c "pwrite -S 0x63 56k 152k" $mnt/f2
xfs_io -c "pwrite -S 0x61 28k 36k" $mnt/f1
xfs_io -c "reflink $mnt/f1 36k 26530 32k" $mnt/f1
xfs_io -c "falloc -k 317306 36k" $mnt/f2
xfs_io -c "falloc 1339392 56k" $mnt/f2
xfs_io -c "reflink $mnt/f1 904k 1012k 224k" $mnt/f2
xfs_io -c "reflink $mnt/f0 1183744 1323008 28k" $mnt/f2
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1269760 4k" $mnt/f2
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "pwrite -S 0x61 1093632 52k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1286144 28k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x61 264747 4k" $mnt/f4
xfs_io -c "reflink $mnt/s1/f1 360k 360k 20k" $mnt/s1/f1
xfs_io -c "pwrite 436k 12k" $mnt/f1
umount $mnt
mount $dev $mnt
xfs_io -c "falloc 28k 192k" $mnt/f4
xfs_io -r -c "fiemap -v" $mnt/s1/f3
xfs_io -f -c "pwrite -S 0x61 200568 24k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f2 600k 244k 16k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 500151 52k" $mnt/f2
xfs_io -c "truncate 248153" $mnt/f4
xfs_io -c "dedupe $mnt/f3 4k 0 4k" $mnt/s1/f0
btrfs subvolume snapshot $mnt $mnt/s2
