# extsim conformance workload, gen.py seed 57
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 892k 4k" $mnt/f0
xfs_io -c "fzero 336k 52k" $mnt/f0
xfs_io -f -c "truncate 533047" $mnt/f1
xfs_io -c "dedupe $mnt/f0 192k 0 12k" $mnt/f1
xfs_io -c "pwrite -S 0x62 180k 32k" $mnt/f1
xfs_io -c "truncate 468k" $mnt/f1
xfs_io -c "fzero 20k 4k" $mnt/f0
xfs_io -c "falloc -k 304k 11056" $mnt/f1
xfs_io -c "pwrite -S 0x61 84818 20k" $mnt/f1
xfs_io -c "pwrite -S 0x62 302559 212k" -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/f0 272k 212k 144k" $mnt/f0
xfs_io -c "truncate 56647" $mnt/f1
xfs_io -c "pwrite -S 0x61 12k 96k" $mnt/f0
xfs_io -c "falloc -k 200k 52k" $mnt/f0
rm $mnt/f1
xfs_io -c "truncate 988k" $mnt/f0
xfs_io -c "pwrite -S 0x61 276k 10474" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x62 732k 252k" $mnt/f0
xfs_io -c "pwrite -S 0x62 704k 64k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 632k 380k 360k" $mnt/f1
md5sum $mnt/f1
xfs_io -c "dedupe $mnt/s1/f0 656k 368k 28k" $mnt/f1
xfs_io -c "pwrite -S 0x63 58429 48k" $mnt/s1/f0
xfs_io -c "falloc 248k 32k" $mnt/f0
xfs_io -c "fsync" $mnt/s1/f0
touch $mnt/s1/g0
chattr +C $mnt/s1/g0
xfs_io -f -c "falloc 780k 36k" $mnt/s1/g1
