# extsim conformance workload, gen.py seed 244
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x63 412k 44k" $mnt/f0
xfs_io -c "falloc -k 950314 64k" $mnt/f0
xfs_io -c "pwrite -S 0x61 36k 236k" $mnt/f0
xfs_io -c "fpunch 104k 11185" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 16k 3m" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 140k 7176" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 148k 292k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 176k 72k 16k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "fzero -k 1331200 8k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 32k 223385 4k" $mnt/s2/f0
xfs_io -f -c "pwrite -S 0x62 404k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x61 200k 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 132k 52k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s1/f0 400k 0 60k" $mnt/f0
xfs_io -c "pwrite -S 0x62 288k 256k" $mnt/f0
xfs_io -c "reflink $mnt/f0 132k 1777664 420k" $mnt/s2/f0
xfs_io -c "fpunch 288k 10601" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 424k 1982464 40k" $mnt/s1/f0
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 1622016 4k 32k" $mnt/f0
sync
xfs_io -c "pwrite -S 0x62 52k 52k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 1470464 124k 464k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x62 888k 12k" $mnt/s1/f0
md5sum $mnt/s2/f0
xfs_io -c "falloc -k 324k 44k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/s1/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "truncate 1445888" $mnt/f0
sync
xfs_io -c "dedupe $mnt/s2/f0 44k 172k 8k" $mnt/f0
xfs_io -c "pwrite 1052672 228k" $mnt/s1/f0
xfs_io -c "dedupe $mnt/s2/f0 40k 208k 4k" $mnt/s2/f0
xfs_io -c "fpunch 1716224 240k" $mnt/s1/f0
xfs_io -c "falloc 116k 5693" $mnt/s2/f0
xfs_io -c "dedupe $mnt/s2/f0 416k 412k 32k" $mnt/s2/f0
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 1839104 444k 108k" $mnt/s1/f0
xfs_io -c "reflink $mnt/f0 776k 1012k 64k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 1733605 176k" $mnt/f0
xfs_io -c "falloc 108k 144k" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 1555133 28k" -c "fdatasync" $mnt/s2/f0
xfs_io -f -c "reflink $mnt/s1/f0 936k 148k 76k" $mnt/s2/g0
xfs_io -c "pwrite -S 0x63 1323747 12k" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s2/g1 1196032 856k 28k" $mnt/s2/g1
xfs_io -c "reflink $mnt/s2/f0 1413120 1458176 100k" $mnt/s1/f0
xfs_io -f -c "pwrite 780k 12006" $mnt/f1
sync
xfs_io -c "falloc -k 103832 168k" $mnt/s2/g0
xfs_io -c "truncate 1851392" $mnt/f0
xfs_io -c "truncate 471189" $mnt/f0
chattr +C $mnt/s2/g1
touch $mnt/s1/g1
chattr +C $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x63 593793 52k" $mnt/f0
xfs_io -c "pwrite -S 0x62 254018 16k" $mnt/f1
xfs_io -c "reflink $mnt/f1 504k 1347584 40k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s2/g1 0 512k 4k" $mnt/s1/f0
md5sum $mnt/f0
xfs_io -f -c "pwrite 300k 28k" $mnt/f1
xfs_io -c "truncate 572k" $mnt/s1/g1
xfs_io -c "falloc 200k 160k" $mnt/s2/g1
rm $mnt/s1/g1
xfs_io -c "reflink $mnt/f1 416k 1789952 8k" $mnt/f1
xfs_io -c "falloc -k 668k 1m" $mnt/s1/f0
xfs_io -f -c "reflink $mnt/s2/g1 132k 324k 88k" $mnt/s1/g0
xfs_io -c "reflink $mnt/f1 292k 272k 696k" $mnt/s2/f0
xfs_io -c "reflink $mnt/s1/f0 896k 896k 16k" $mnt/s1/f0
btrfs subvolume snapshot -r $mnt $mnt/s3
xfs_io -f -c "falloc 52k 52k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 572k 200k" -c "fsync" $mnt/s1/f0
