# extsim conformance workload, gen.py seed 21
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 3956736 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1162246 32k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 236k 44k 24k" $mnt/f0
xfs_io -c "pwrite 40k 44k" -c "fsync" $mnt/f0
xfs_io -c "falloc -k 1189792 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 6868992 4m" $mnt/f0
xfs_io -c "pwrite -S 0x63 1175552 32k" $mnt/f0
xfs_io -c "pwrite -S 0x62 5574656 40k" -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0xcd 600k 128k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 1159168 6832128 9912320" $mnt/f0
xfs_io -c "pwrite 11042816 24k" $mnt/f0
xfs_io -c "pwrite -S 0x61 2338816 64k" $mnt/f0
xfs_io -c "fpunch 10088448 64k" $mnt/f0
xfs_io -c "falloc -k 6414336 1m" $mnt/f0
xfs_io -c "falloc 4313088 100k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 412k 84k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 10420224 6336512 172k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 1064960 1069056 12k" $mnt/f0
btrfs subvolume snapshot -r $mnt $mnt/s1
chattr +C $mnt/f0
xfs_io -c "falloc 8220672 9850" $mnt/f1
xfs_io -c "pwrite -S 0x61 5201920 28k" $mnt/f1
xfs_io -c "pwrite -S 0x61 3522872 60k" $mnt/f1
xfs_io -c "reflink $mnt/s1/f1 204k 3637248 0" $mnt/f1
chattr +C $mnt/f1
xfs_io -c "falloc 1430212 28k" $mnt/f1
xfs_io -r -c "fiemap -v" $mnt/s1/f1
sync
sync
xfs_io -c "dedupe $mnt/s1/f1 6471680 8794112 1m" $mnt/f0
xfs_io -f -c "pwrite -S 0xcd 2437839 4958" $mnt/f1
xfs_io -c "pwrite -S 0x61 6238208 36k" $mnt/f0
xfs_io -f -c "falloc 3353347 52k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 6737920 36k" $mnt/f3
