# extsim conformance workload, gen.py seed 501
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "reflink $mnt/f0 4k 720k 8k" $mnt/f0
xfs_io -c "reflink $mnt/f0 0 756k 4k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f0
xfs_io -c "reflink $mnt/f0 208k 444k 8k" $mnt/f0
xfs_io -c "pwrite -S 0xcd 73842 164k" $mnt/f0
xfs_io -f -c "truncate 1009642" $mnt/f1
xfs_io -c "fzero -k 226958 52k" $mnt/f0
xfs_io -c "fpunch 16k 132k" $mnt/f0
xfs_io -f -c "falloc -k 896k 120k" $mnt/f2
xfs_io -c "truncate 540k" $mnt/f2
xfs_io -c "pwrite -S 0x63 -b 1m 248k 3m" $mnt/f2
xfs_io -c "pwrite -S 0x61 1269760 56k" $mnt/f2
xfs_io -f -c "pwrite -S 0x61 858186 236k" $mnt/f2
xfs_io -f -c "truncate 267301" $mnt/f3
xfs_io -c "truncate 61391" $mnt/f3
xfs_io -c "reflink $mnt/f3 28k 84k 4k" $mnt/f0
xfs_io -c "fzero 448k 44k" $mnt/f1
xfs_io -c "truncate 916k" $mnt/f1
sync
xfs_io -c "pwrite -S 0x61 48k 8k" $mnt/f3
xfs_io -c "pwrite -S 0x62 148k 7262" $mnt/f0
xfs_io -c "pwrite -S 0x61 1008k 56k" $mnt/f3
xfs_io -c "truncate 726729" $mnt/f3
xfs_io -c "fpunch 600k 4k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 472k 64k" $mnt/f1
xfs_io -c "reflink $mnt/f3 488k 784k 200k" $mnt/f3
xfs_io -c "reflink $mnt/f2 2469888 2m 4k" $mnt/f2
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "pwrite -S 0x62 -b 1m 596k 4m" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 500k 256k" $mnt/f4
btrfs subvolume snapshot $mnt $mnt/s2
xfs_io -c "reflink $mnt/f4 246120 7370 120k" $mnt/s2/f3
xfs_io -c "dedupe $mnt/f2 1396736 248k 8k" $mnt/f2
xfs_io -c "dedupe $mnt/s2/f2 3026944 248k 32k" $mnt/f2
xfs_io -c "falloc 836985 68k" $mnt/s2/f0
md5sum $mnt/f1
xfs_io -c "pwrite 1159168 8k" $mnt/f2
xfs_io -c "pwrite 12095 16k" $mnt/s1/f0
xfs_io -c "reflink $mnt/s1/f0 88k 1052672 72k" $mnt/f2
xfs_io -c "falloc -k 526562 20k" $mnt/s2/f4
xfs_io -f -c "pwrite -S 0x61 800k 48k" $mnt/f1
xfs_io -c "dedupe $mnt/s1/f2 1368064 512k 8k" $mnt/f1
xfs_io -c "reflink $mnt/f1 584k 1966080 340k" $mnt/s2/f2
xfs_io -c "reflink $mnt/s1/f3 859264 423074 36k" $mnt/s2/f4
xfs_io -f -c "pwrite 296822 8k" -c "fdatasync" $mnt/s2/f0
xfs_io -c "falloc 396k 32k" $mnt/s1/f3
xfs_io -c "fpunch 1020k 32k" $mnt/s2/f4
btrfs subvolume snapshot $mnt $mnt/s3
sync
xfs_io -c "reflink $mnt/f0 160k 232k 36k" $mnt/f4
xfs_io -f -c "falloc 292k 7317" $mnt/s3/g0
sync
xfs_io -c "reflink $mnt/s2/f2 2723840 804k 668k" $mnt/s2/f0
sync
xfs_io -c "fdatasync" $mnt/s1/f0
xfs_io -c "dedupe $mnt/f1 100k 4k 16k" $mnt/f0
xfs_io -c "falloc -k 68k 252k" $mnt/s1/f0
xfs_io -c "falloc -k 432161 20k" $mnt/s2/f4
xfs_io -c "fpunch 536k 1m" $mnt/s1/f1
xfs_io -c "falloc 92k 64k" $mnt/s3/f3
xfs_io -f -c "falloc 212k 196k" $mnt/s2/g0
xfs_io -f -c "pwrite -S 0x62 488k 208k" $mnt/s2/g1
xfs_io -c "fdatasync" $mnt/s1/f2
xfs_io -c "truncate 733974" $mnt/s2/f1
xfs_io -c "pwrite -S 0x61 124k 10506" $mnt/s1/f0
xfs_io -c "truncate 15785" $mnt/s2/f0
xfs_io -c "truncate 108k" $mnt/f0
