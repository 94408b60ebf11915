# extsim conformance workload, gen.py seed 325
mkfs.btrfs -f $dev -b 1024m > /dev/null
mount $dev $mnt
xfs_io -f -c "pwrite -S 0x61 728k 16k" $mnt/f0
xfs_io -c "pwrite -S 0x63 211574 28k" -c "fdatasync" $mnt/f0
xfs_io -c "reflink $mnt/f0 388k 640k 364k" $mnt/f0
xfs_io -c "reflink $mnt/f0 324k 376k 192k" $mnt/f0
xfs_io -c "falloc -k 272k 52k" $mnt/f0
xfs_io -c "reflink $mnt/f0 64k 28k 16k" $mnt/f0
xfs_io -c "truncate 11119" $mnt/f0
xfs_io -c "fpunch 0 76k" $mnt/f0
xfs_io -f -c "pwrite -S 0x62 0 48k" $mnt/f0
xfs_io -c "pwrite -S 0x62 36k 4158" $mnt/f0
xfs_io -c "falloc -k 1014568 168k" $mnt/f0
xfs_io -c "truncate 13843" $mnt/f0
xfs_io -f -c "pwrite 0 52k" $mnt/f0
xfs_io -c "truncate 16k" $mnt/f0
xfs_io -c "fpunch 12k 60k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 4k 0 8k" $mnt/f0
xfs_io -c "pwrite -S 0x63 4614 12k" -c "fdatasync" $mnt/f0
xfs_io -c "fpunch 3378 16k" $mnt/f0
xfs_io -c "pwrite 0 32k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 28k 116k 2668" $mnt/f0
xfs_io -c "pwrite -S 0x63 28k 16k" $mnt/f0
xfs_io -c "pwrite 256k 48k" $mnt/f0
xfs_io -c "pwrite -S 0x63 64k 48k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 204k 12k" $mnt/f0
xfs_io -c "fpunch 244k 60k" $mnt/f0
xfs_io -c "fzero 208k 216k" $mnt/f0
sync
xfs_io -c "truncate 2240" $mnt/f0
xfs_io -c "pwrite -S 0x62 -b 1m 0 4m" -c "fdatasync" $mnt/f0
xfs_io -f -c "pwrite -S 0x61 3620864 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 620k 2908160 3567616" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "pwrite -S 0x63 3379200 16k" $mnt/f0
xfs_io -c "fpunch 3735552 28k" $mnt/f0
xfs_io -c "truncate 2990080" $mnt/f0
xfs_io -c "dedupe $mnt/f0 1183744 28k 28k" $mnt/f0
xfs_io -c "reflink $mnt/f0 724k 2281472 2260992" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2289664 1712128 24k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 212k 48k 4k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 2519040 0 12k" $mnt/f0
xfs_io -c "falloc 755862 60k" $mnt/f0
xfs_io -c "pwrite 52k 60k" $mnt/f0
xfs_io -c "falloc -k 1064960 52k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 304018 8k" $mnt/f1
sync
xfs_io -f -c "truncate 988k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -f -c "pwrite -S 0x62 572k 36k" $mnt/s1/g0
xfs_io -c "fpunch 4k 96k" $mnt/f1
xfs_io -c "pwrite -S 0x61 2499853 12k" -c "fsync" $mnt/s1/f0
xfs_io -c "falloc 836k 44k" $mnt/s1/f1
xfs_io -f -c "pwrite -S 0x61 492k 56k" -c "fdatasync" $mnt/f3
xfs_io -c "pwrite -S 0x61 524k 6841" -c "fdatasync" $mnt/f3
xfs_io -c "truncate 303913" $mnt/s1/f1
xfs_io -c "fzero 2469888 236k" $mnt/f0
xfs_io -f -c "pwrite -S 0x63 155336 20k" $mnt/f1
xfs_io -c "pwrite -S 0x61 52312 216k" -c "fsync" $mnt/s1/g0
