# extsim conformance workload, gen.py seed 498
mkfs.btrfs -f $dev -b 256m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x62 920k 9027" -c "fdatasync" $mnt/f0
xfs_io -c "truncate 248221" $mnt/f0
xfs_io -c "falloc 128k 40k" $mnt/f0
xfs_io -c "pwrite -S 0x61 109444 3914" $mnt/f0
xfs_io -c "falloc 4k 44k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 44k 80k 132k" $mnt/f0
xfs_io -f -c "truncate 994203" $mnt/f1
xfs_io -c "fdatasync" $mnt/f0
xfs_io -c "truncate 156k" $mnt/f0
sync
xfs_io -c "reflink $mnt/f0 152k 752k 1m" $mnt/f1
xfs_io -c "reflink $mnt/f0 152k 248k 4k" $mnt/f0
chattr +C $mnt/f1
xfs_io -c "reflink $mnt/f1 404k 84k 592795" $mnt/f0
xfs_io -c "fsync" $mnt/f1
xfs_io -f -c "pwrite 145390 28k" $mnt/f0
md5sum $mnt/f1
sync
sync
xfs_io -c "reflink $mnt/f1 336k 248k 112k" $mnt/f1
xfs_io -c "fsync" $mnt/f0
xfs_io -c "fpunch 112k 8508" $mnt/f0
xfs_io -c "falloc 77711 204k" $mnt/f0
xfs_io -c "reflink $mnt/f1 88k 212k 16k" $mnt/f1
xfs_io -f -c "reflink $mnt/f1 892k 100k 8k" $mnt/f2
xfs_io -c "reflink $mnt/f1 596k 32k 156k" $mnt/f0
chattr +C $mnt/f2
xfs_io -c "pwrite -S 0x63 904k 140k" $mnt/f1
xfs_io -c "pwrite -S 0x62 19729 32k" $mnt/f2
xfs_io -c "pwrite -S 0x61 62125 4m" $mnt/f2
xfs_io -c "truncate 227978" $mnt/f0
xfs_io -c "falloc 128k 10836" $mnt/f0
xfs_io -c "pwrite -S 0x61 186484 44k" $mnt/f0
sync
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "fpunch 4248537 52k" $mnt/f2
xfs_io -c "pwrite -S 0xcd 416k 44k" $mnt/f2
xfs_io -c "truncate 3842048" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 976k 48k" $mnt/f1
xfs_io -c "falloc 2867200 36k" $mnt/f2
xfs_io -c "pwrite -S 0x62 769012 60k" $mnt/f1
xfs_io -c "falloc -k 122881 60k" $mnt/f1
sync
xfs_io -c "truncate 148k" $mnt/f0
xfs_io -c "pwrite -S 0x62 728k 44k" -c "fsync" $mnt/f1
xfs_io -c "pwrite 20k 7542" $mnt/f1
xfs_io -c "reflink $mnt/f1 92k 840k 488k" $mnt/f1
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 40k 52k" $mnt/f0
xfs_io -c "pwrite -S 0x61 557503 8k" $mnt/s1/f1
xfs_io -c "dedupe $mnt/s1/f1 936k 8k 8k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 668k 40k" $mnt/s1/f2
xfs_io -c "reflink $mnt/s1/f1 1081344 36k 0" $mnt/s1/f0
xfs_io -f -c "pwrite -S 0x63 3567616 32k" $mnt/s1/f2
xfs_io -c "dedupe $mnt/s1/f1 724k 724k 8k" $mnt/f1
