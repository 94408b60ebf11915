# extsim conformance workload, gen.py seed 591
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
btrfs subvolume create $mnt/sv
xfs_io -f -c "falloc -k 196k 3m" $mnt/f0
xfs_io -c "pwrite -S 0x62 233237 188k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 32k 24k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 240k 1445888 144k" $mnt/sv/g0
xfs_io -c "pwrite -S 0xcd 1396736 28k" -c "fdatasync" $mnt/sv/g0
xfs_io -c "pwrite -S 0x62 1187840 16k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 1306624 1294336 4k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 444k 1392640 1142784" $mnt/sv/g0
xfs_io -c "reflink $mnt/f0 268k 20k 20k" $mnt/f0
xfs_io -c "fpunch 1241088 2m" $mnt/sv/g0
btrfs subvolume snapshot $mnt/sv $mnt/s1
xfs_io -c "falloc -k 1249280 1m" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x61 448k 56k" $mnt/sv/g1
xfs_io -c "truncate 1148613" $mnt/sv/g0
xfs_io -c "falloc 941627 36k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g1
sync
xfs_io -c "falloc -k 112k 12k" $mnt/f0
sync
xfs_io -c "fsync" $mnt/f0
xfs_io -c "reflink $mnt/sv/g0 628k 252k 180k" $mnt/sv/g0
xfs_io -c "dedupe $mnt/sv/g0 624k 752k 16k" $mnt/sv/g0
xfs_io -c "fsync" $mnt/sv/g1
xfs_io -c "pwrite -S 0x63 424926 4917" $mnt/sv/g1
xfs_io -f -c "reflink $mnt/f0 224k 80k 76k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 670240 12k" $mnt/s1/g0
xfs_io -c "pwrite -S 0x61 76k 20k" -c "fdatasync" $mnt/sv/g1
xfs_io -c "fsync" $mnt/f1
xfs_io -c "pwrite -S 0x62 524k 12k" $mnt/s1/g0
xfs_io -f -c "pwrite -S 0x63 68k 32k" -c "fsync" $mnt/f1
md5sum $mnt/sv/g0
xfs_io -c "reflink $mnt/s1/g0 1110016 1396736 28k" $mnt/s1/g0
xfs_io -c "fsync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/sv/g0 768k 68k 28k" $mnt/f0
rm $mnt/sv/g1
xfs_io -c "fdatasync" $mnt/sv/g0
xfs_io -c "fpunch 380k 12k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 73195 12k" -c "fsync" $mnt/f1
xfs_io -c "fpunch 372k 88k" $mnt/s1/g0
xfs_io -f -c "pwrite 1760684 4k" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 1064960 7167" $mnt/s1/g0
xfs_io -c "fpunch 1490944 2011" $mnt/f0
xfs_io -c "fpunch 124709 16k" $mnt/f1
rm $mnt/f0
xfs_io -c "fpunch 944k 60k" $mnt/sv/g0
xfs_io -c "falloc 1486848 36k" $mnt/sv/g0
xfs_io -f -c "pwrite -S 0x62 108k 3403" $mnt/f1
rm -f $mnt/s1/g0
sync
xfs_io -c "pwrite -S 0x63 56k 56k" $mnt/f1
sync
xfs_io -c "dedupe $mnt/f1 1263487 378318 64k" $mnt/sv/g0
xfs_io -c "reflink $mnt/sv/g0 712k 1474560 108k" $mnt/sv/g0
xfs_io -c "falloc 1454080 232k" $mnt/sv/g0
md5sum $mnt/f1
xfs_io -c "pwrite -S 0x63 916k 12k" $mnt/f1
xfs_io -c "fzero -k 676k 60k" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 316k 64k" -c "fsync" $mnt/sv/g0
