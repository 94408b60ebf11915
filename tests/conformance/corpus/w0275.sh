# extsim conformance workload, gen.py seed 275
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 2211840 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 840k 0 1417216" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1314816 0 940k" $mnt/f0
xfs_io -f -c "pwrite 680k 244k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 1616281 176k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 6836224 36k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 4997120 3010560 1286144" $mnt/f0
xfs_io -c "pwrite -S 0x61 5124096 196k" $mnt/f0
xfs_io -c "reflink $mnt/f0 1089536 1081344 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 6823936 4k" $mnt/f0
rm $mnt/f0
xfs_io -f -c "pwrite -S 0x62 956k 2727" $mnt/f0
xfs_io -c "reflink $mnt/f0 564k 8159232 284k" $mnt/f0
xfs_io -c "pwrite -S 0x62 6246400 8k" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "fpunch 6047952 12k" $mnt/s1/f0
xfs_io -c "fpunch 2936832 3m" $mnt/f0
xfs_io -c "fpunch 5652480 248k" $mnt/s1/f0
xfs_io -c "truncate 7720960" $mnt/s1/f0
xfs_io -c "fpunch 272k 60k" $mnt/f0
xfs_io -c "truncate 4456396" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f0 5013504 5001216 28k" $mnt/f0
xfs_io -c "fsync" $mnt/f0
xfs_io -c "pwrite -S 0x62 3751936 52k" -c "fsync" $mnt/s1/f0
xfs_io -f -c "pwrite 3807969 4k" $mnt/s1/f0
xfs_io -c "falloc -k 1855488 7042" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0xcd 8003584 24k" $mnt/f1
xfs_io -c "falloc 4135980 4433" $mnt/s1/f0
xfs_io -c "falloc -k 6430720 36k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 4280320 0 4173824" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 1000k 816k 1368064" $mnt/f0
xfs_io -c "falloc -k 5185536 3979" $mnt/f1
xfs_io -c "pwrite 2568192 72k" $mnt/s1/f0
chattr +C $mnt/s1/f0
xfs_io -c "pwrite -S 0xcd 1801003 44k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 5959680 20k" $mnt/f0
xfs_io -c "truncate 1010257" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 4708447 4k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 496k 4042752 12k" $mnt/s1/f0
xfs_io -f -c "pwrite 3067904 148k" $mnt/s1/f0
xfs_io -c "pwrite -S 0x63 40k 4k" -c "fsync" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 928k 64k" $mnt/f0
xfs_io -c "falloc 1290240 60k" $mnt/f1
xfs_io -c "truncate 2586404" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1720320 5926912 16k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 880800 124k" $mnt/f0
xfs_io -f -c "falloc 3469312 4m" $mnt/f2
xfs_io -f -c "pwrite -S 0x63 1437696 248k" -c "fdatasync" $mnt/s1/g0
xfs_io -c "dedupe $mnt/f0 504k 48k 12k" $mnt/f0
xfs_io -c "dedupe $mnt/s1/f0 668k 424k 4k" $mnt/f0
xfs_io -c "pwrite -S 0x62 200k 36k" $mnt/f2
xfs_io -f -c "pwrite -S 0xcd 7573504 24k" $mnt/f3
xfs_io -c "truncate 2357890" $mnt/s1/f0
xfs_io -c "pwrite -S 0x61 1490944 40k" $mnt/s1/g0
xfs_io -c "truncate 6934528" $mnt/f1
xfs_io -c "fpunch 536k 172k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 7573504 16k" $mnt/s1/g1
xfs_io -c "dedupe $mnt/f2 2473984 280k 24k" $mnt/s1/f0
xfs_io -c "fpunch 4030464 200k" $mnt/f0
xfs_io -c "falloc 1724416 76k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/g1 4014080 1818624 0" $mnt/f2
xfs_io -c "reflink $mnt/s1/g1 5632000 2531328 1961984" $mnt/s1/g1
xfs_io -c "pwrite -S 0x62 616k 56k" $mnt/f2
xfs_io -f -c "falloc -k 7065600 60k" $mnt/f4
xfs_io -c "falloc 2850816 196k" $mnt/f3
xfs_io -c "dedupe $mnt/s1/g1 3264512 3268608 16k" $mnt/s1/g1
xfs_io -f -c "pwrite -S 0x61 828k 44k" $mnt/s1/g2
xfs_io -c "dedupe $mnt/s1/g2 632k 28k 4k" $mnt/f0
rm $mnt/s1/g1
xfs_io -c "pwrite 1413120 20k" $mnt/f0
xfs_io -c "pwrite -S 0x61 732k 12k" $mnt/s1/g2
