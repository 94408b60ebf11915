# extsim conformance workload, gen.py seed 99
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "pwrite 784k 12k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 696k 24k 24k" $mnt/sv/g0
xfs_io -c "pwrite 711544 12k" -c "fsync" $mnt/sv/g0
xfs_io -c "fpunch 200k 3m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 -b 1m 904k 2m" -c "fdatasync" $mnt/sv/g0
xfs_io -c "truncate 20k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 112k 52k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 106983 2854" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 64k 12k 32k" $mnt/sv/g0
xfs_io -c "fpunch 128k 8k" $mnt/sv/g0
xfs_io -c "fpunch 84k 56k" $mnt/sv/g0
xfs_io -c "fpunch 8k 52k" $mnt/sv/g0
xfs_io -r -c "fiemap -v" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 80642 28k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0xcd 537777 148k" $mnt/sv/g1
xfs_io -c "falloc 640529 60k" $mnt/sv/g1
xfs_io -c "pwrite -S 0x62 88k 2m" $mnt/sv/g0
md5sum $mnt/sv/g0
xfs_io -f -c "truncate 816k" $mnt/sv/g2
xfs_io -c "reflink $mnt/sv/g2 764k 1859584 56k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g2 780k 104k 20k" $mnt/sv/g2
xfs_io -c "pwrite -S 0x62 1548288 40k" $mnt/sv/g0
xfs_io -c "truncate 1376256" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x63 856k 48k" $mnt/sv/g3
xfs_io -c "reflink $mnt/sv/g1 488k 972k 148k" $mnt/sv/g3
xfs_io -c "pwrite -S 0x61 232k 44k" $mnt/sv/g3
xfs_io -c "fsync" $mnt/sv/g2
xfs_io -c "falloc -k 1072151 60k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 393920 48k" $mnt/sv/g3
xfs_io -c "dedupe $mnt/sv/g0 232k 96k 24k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 1073152 32k" $mnt/sv/g0
xfs_io -c "fpunch 364k 10534" $mnt/sv/g3
xfs_io -c "reflink $mnt/sv/g0 196k 1261568 8k" $mnt/sv/g0
xfs_io -f -c "pwrite 908k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 604k 12k" $mnt/sv/g4
xfs_io -c "dedupe $mnt/sv/g1 68k 232k 4k" $mnt/sv/g4
md5sum $mnt/sv/g1
rm $mnt/sv/g2
btrfs subvolume snapshot -r $mnt $mnt/s1
xfs_io -c "reflink $mnt/s1/f0 264k 580k 664k" $mnt/f0
xfs_io -c "pwrite -S 0x62 368k 4172" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 808k 1m" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 1055677 28k" $mnt/sv/g3
xfs_io -f -c "pwrite -S 0x62 352k 12k" $mnt/sv/g4
chattr +C $mnt/f0
xfs_io -c "falloc 1314973 44k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 376k 132k" $mnt/sv/g2
xfs_io -c "falloc -k 288k 28k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g2 80k 776k 436k" $mnt/f0
xfs_io -c "fzero 45924 36k" $mnt/f1
