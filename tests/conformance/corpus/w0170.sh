# extsim conformance workload, gen.py seed 170
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc -k 60k 64k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 28151 24k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "dedupe $mnt/f0 36k 0 19959" $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "fpunch 4k 56k" $mnt/f0
xfs_io -c "fpunch 24k 5657" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 8k 36k" $mnt/f0
md5sum $mnt/f0
xfs_io -c "reflink $mnt/f0" $mnt/f0
xfs_io -c "reflink $mnt/f0 24k 20k 24k" $mnt/f0
xfs_io -c "falloc -k 28011 192k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 16k 12k 4k" $mnt/f0
xfs_io -c "pwrite 13849 4k" -c "fsync" $mnt/f0
xfs_io -c "dedupe $mnt/f0 44k 0 28k" $mnt/f0
xfs_io -c "fpunch 0 20k" $mnt/f0
xfs_io -c "fpunch 30621 20k" $mnt/f0
xfs_io -c "falloc 36k 20k" $mnt/f0
xfs_io -c "pwrite -S 0x62 1383574 40k" $mnt/f0
xfs_io -f -c "falloc 1474560 36k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1088122 568k 84k" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 119164 28k" -c "fdatasync" $mnt/sv/g0
sync
xfs_io -c "fzero -k 136k 1709" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/sv/g0 412k 1769472 1093632" $mnt/sv/g1
xfs_io -f -c "truncate 1192372" $mnt/f1
xfs_io -c "falloc 524794 24k" $mnt/sv/g0
xfs_io -c "falloc 1630208 7892" $mnt/sv/g1
xfs_io -c "pwrite -S 0xcd 1349533 4743" $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0xcd 64k 6021" $mnt/f1
xfs_io -c "truncate 350724" $mnt/f0
xfs_io -c "reflink $mnt/f0 224k 276k 16k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd -b 1m 232818 4m" $mnt/sv/g1
xfs_io -c "falloc 92k 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 3207168 1042" $mnt/sv/g1
xfs_io -c "falloc -k 968k 4k" $mnt/f1
xfs_io -c "reflink $mnt/f0 328k 1540096 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/f1 663138 120k 60k" $mnt/sv/g0
xfs_io -c "fpunch 1020k 6376" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 432k 196k" $mnt/sv/g0
xfs_io -c "fpunch 1220608 24k" $mnt/sv/g0
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -c "falloc -k 36k 40k" $mnt/f0
sync
xfs_io -c "falloc -k 2813952 4m" $mnt/sv/g1
xfs_io -c "truncate 276k" $mnt/f0
xfs_io -c "dedupe $mnt/f1 564k 540k 24k" $mnt/sv/g1
xfs_io -c "reflink $mnt/f1 576k 576k 28k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 856k 140k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g1 744k 168k 3677554" $mnt/f0
chattr +C $mnt/sv/g1
xfs_io -c "falloc 1976348 8k" $mnt/f1
xfs_io -c "dedupe $mnt/f1 716k 368k 20k" $mnt/sv/g0
xfs_io -f -c "reflink $mnt/f1 1175552 636k 184k" $mnt/sv/g2
xfs_io -c "falloc 148k 44k" $mnt/sv/g2
xfs_io -c "fpunch 1241088 5945" $mnt/sv/g1
xfs_io -c "dedupe $mnt/sv/g2 16k 12k 8k" $mnt/sv/g2
touch $mnt/f3
chattr +C $mnt/f3
xfs_io -c "reflink $mnt/f3 956k 724k 4k" $mnt/f3
xfs_io -f -c "pwrite -S 0xcd 544k 72k" $mnt/sv/g0
xfs_io -f -c "pwrite 24464 128k" $mnt/sv/g3
xfs_io -c "fpunch 132k 96k" $mnt/f0
xfs_io -f -c "reflink $mnt/sv/g0 500k 952k 216k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 20k 20k" $mnt/sv/g3
xfs_io -c "fdatasync" $mnt/sv/g1
xfs_io -f -c "pwrite -S 0x62 1449984 48k" -c "fsync" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 353905 4k" $mnt/sv/g4
xfs_io -c "falloc -k 128k 9901" $mnt/sv/g0
xfs_io -c "pwrite -S 0x63 13230 1846" $mnt/f1
xfs_io -c "pwrite -S 0xcd 736k 172k" $mnt/sv/g1
rm $mnt/f0
