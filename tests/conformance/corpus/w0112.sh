# extsim conformance workload, gen.py seed 112
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "truncate 6078464" $mnt/f0
xfs_io -c "reflink $mnt/f0 2945024 5767168 800k" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 6565888 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 5447680 52k 4k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 5566464 1667072 1000k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 3899392 2756608 12k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 4083712 64k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f0 5836800 6230016 4k" $mnt/f0
xfs_io -c "reflink $mnt/f1 0 4825088 4k" $mnt/f0
rm $mnt/f1
xfs_io -c "pwrite -S 0x63 6529024 52k" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 4530176 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 316k 5525504 32k" $mnt/f0
xfs_io -f -c "falloc 7401472 60k" $mnt/f1
xfs_io -f -c "reflink $mnt/f0 3821568 4878336 624k" $mnt/f2
xfs_io -c "falloc 2629632 28k" $mnt/f0
xfs_io -c "truncate 4603904" $mnt/f0
xfs_io -c "falloc -k 5500928 28k" $mnt/f2
xfs_io -c "fzero 3505938 60k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "pwrite -S 0x63 828k 1721" -c "fsync" $mnt/f0
xfs_io -c "falloc 1862910 12k" $mnt/f1
xfs_io -c "fzero -k 3256320 112k" $mnt/f0
xfs_io -f -c "pwrite 8114176 10096" $mnt/f2
md5sum $mnt/f1
xfs_io -c "dedupe $mnt/f1 508k 64k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x62 6152192 32k" $mnt/f2
xfs_io -c "falloc 680k 64k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2650112 0 1957888" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 2310144 144k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0xcd 2088960 28k" $mnt/s1/g0
xfs_io -c "fpunch 3185686 5211" $mnt/s1/f2
xfs_io -c "fpunch 4755456 220k" $mnt/f2
xfs_io -c "reflink $mnt/f2 3108864 4292608 3444736" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 7720851 12k" $mnt/s1/g1
sync
chattr +C $mnt/s1/g1
sync
xfs_io -c "truncate 907409" $mnt/s1/g0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "pwrite -S 0x63 2642012 112k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/g1 4993024 16k 24k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 7749632 40k" $mnt/s1/g2
xfs_io -f -c "pwrite -S 0xcd 1855488 4k" -c "fsync" $mnt/s2/g0
xfs_io -c "falloc 7319843 100k" $mnt/s2/f2
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "truncate 212k" $mnt/s1/g0
touch $mnt/s2/g2
chattr +C $mnt/s2/g2
xfs_io -c "dedupe $mnt/s1/g0 144k 1425408 12k" $mnt/s1/f1
xfs_io -f -c "reflink $mnt/s2/f2 5267456 256k 772k" $mnt/s1/g3
xfs_io -c "falloc -k 2097742 200k" $mnt/f1
