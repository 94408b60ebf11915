# extsim conformance workload, gen.py seed 368
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 684k 1637" $mnt/f0
xfs_io -c "truncate 276k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 132k 9562" $mnt/f0
xfs_io -c "dedupe $mnt/f0 152k 0 128k" $mnt/f0
xfs_io -c "falloc -k 36k 52k" $mnt/f0
xfs_io -c "fpunch 324092 64k" $mnt/f0
umount $mnt
mount $dev $mnt
md5sum $mnt/f0
xfs_io -c "dedupe $mnt/f0 224k 0 56k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 396k 2m" $mnt/f0
xfs_io -c "truncate 2109305" $mnt/f0
xfs_io -c "pwrite -S 0x63 1335296 40k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 740k 1662976 40k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 2101248 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 584k 396k 28k" $mnt/f0
xfs_io -c "falloc -k 688k 20k" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "falloc -k 888k 2816" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 36k 64k" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 936k 20k" $mnt/f1
xfs_io -c "pwrite 438819 28k" $mnt/f1
xfs_io -c "falloc 2068480 3m" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 600k 64k" $mnt/sv/g0
xfs_io -f -c "falloc 16k 48k" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd 796k 40k" $mnt/f1
xfs_io -c "dedupe $mnt/sv/g1 56k 0 8k" $mnt/sv/g1
touch $mnt/f2
chattr +C $mnt/f2
xfs_io -c "fpunch 1145320 56k" $mnt/f0
xfs_io -c "pwrite 132k 11993" $mnt/f1
xfs_io -c "fpunch 516k 56k" $mnt/f1
xfs_io -c "pwrite -S 0x63 804k 28k" $mnt/f2
xfs_io -c "fsync" $mnt/f2
sync
xfs_io -c "fpunch 48k 40k" $mnt/sv/g1
xfs_io -c "dedupe $mnt/f1 316k 12k 16k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1273856 1020k 408k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 84k 12091" -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/f2 828k 312k 4k" $mnt/sv/g0
xfs_io -c "fzero 628k 48k" $mnt/sv/g0
xfs_io -c "fzero 975583 1888" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g0 556k 156k 32k" $mnt/f0
xfs_io -f -c "reflink $mnt/f1 728k 688k 232k" $mnt/sv/g2
xfs_io -c "dedupe $mnt/sv/g1 296k 148k 24k" $mnt/f0
xfs_io -c "reflink $mnt/f2 728k 256k 72k" $mnt/f1
xfs_io -c "pwrite -S 0x63 464k 56k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 664k 184k 0" $mnt/f2
xfs_io -c "falloc 540k 40k" $mnt/f2
xfs_io -c "reflink $mnt/f1 568k 900k 248k" $mnt/f1
chattr +C $mnt/sv/g2
xfs_io -f -c "pwrite -S 0x63 212k 168k" $mnt/sv/g2
xfs_io -c "falloc 430650 28k" $mnt/sv/g1
