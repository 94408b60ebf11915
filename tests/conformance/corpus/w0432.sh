# extsim conformance workload, gen.py seed 432
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 0 992k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 981661 184k" -c "fsync" $mnt/f0
xfs_io -f -c "falloc 772k 5350" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 612k 16k" $mnt/f2
xfs_io -c "reflink $mnt/f1 436k 548k 28k" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 394401 36k" $mnt/f3
xfs_io -c "dedupe $mnt/f1 608k 0 177382" $mnt/f1
xfs_io -c "dedupe $mnt/f3 136k 8k 20k" $mnt/f0
xfs_io -c "reflink $mnt/f2 516k 444k 80k" $mnt/f2
xfs_io -c "fpunch 364k 52k" $mnt/f1
xfs_io -c "falloc 280k 20k" $mnt/f2
chattr +C $mnt/f2
sync
xfs_io -f -c "falloc 16k 48k" $mnt/f4
sync
xfs_io -c "dedupe $mnt/f1 260k 36k 24k" $mnt/f0
xfs_io -c "fpunch 852k 4m" $mnt/f4
xfs_io -c "pwrite -S 0x61 749519 1925" -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x61 240k 2m" -c "fdatasync" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 50994 60k" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 46470 12k" $mnt/f4
xfs_io -c "reflink $mnt/f0 668k 652k 8k" $mnt/f0
xfs_io -c "dedupe $mnt/f4 24k 320k 8k" $mnt/f2
xfs_io -c "pwrite -S 0x62 112k 32k" $mnt/f3
xfs_io -f -c "pwrite -S 0x61 1716224 64k" $mnt/f2
sync
xfs_io -c "fzero 313665 48k" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 984k 3780" $mnt/f5
xfs_io -c "reflink $mnt/f0 272k 372k 120k" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -c "fsync" $mnt/f3
xfs_io -r -c "fiemap -v" $mnt/f3
xfs_io -c "reflink $mnt/f3 168k 464k 152k" $mnt/f3
xfs_io -f -c "falloc -k 876475 4k" $mnt/f6
btrfs subvolume snapshot -r $mnt $mnt/s1
touch $mnt/f7
chattr +C $mnt/f7
xfs_io -c "reflink $mnt/f7 254325 952k 132k" $mnt/f4
btrfs subvolume snapshot -r $mnt $mnt/s2
xfs_io -c "falloc -k 40k 8k" $mnt/f5
xfs_io -c "pwrite -S 0x62 1038789 208k" $mnt/f0
xfs_io -c "reflink $mnt/s2/f7 0 1163264 8k" $mnt/f0
xfs_io -c "truncate 100k" $mnt/f4
xfs_io -c "pwrite 972k 256k" $mnt/f6
xfs_io -c "pwrite -S 0x63 904k 32k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc 1020k 44k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f6 4k 0 4k" $mnt/f3
xfs_io -c "falloc 612k 4k" $mnt/f4
touch $mnt/f7
chattr +C $mnt/f7
xfs_io -c "dedupe $mnt/s2/f2 2318336 304k 16k" $mnt/f2
rm $mnt/f6
xfs_io -c "pwrite -S 0x63 456k 11679" -c "fdatasync" $mnt/f4
xfs_io -c "truncate 448k" $mnt/f3
xfs_io -c "falloc -k 52k 52k" $mnt/f0
xfs_io -c "pwrite -S 0x61 559052 44k" $mnt/f0
xfs_io -c "reflink $mnt/s1/f3 412k 828k 212k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1126400 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 976k 208k" $mnt/f6
xfs_io -f -c "pwrite -S 0xcd 1363858 56k" $mnt/f2
