# extsim conformance workload, gen.py seed 389
mkfs.btrfs -f $dev -b 512m > /dev/null
mount $dev $mnt
xfs_io -f -c "falloc 6546207 12k" $mnt/f0
xfs_io -c "reflink $mnt/f0 5664768 2412544 784k" $mnt/f0
xfs_io -c "dedupe $mnt/f0 20k 52k 16k" $mnt/f0
xfs_io -f -c "truncate 2030229" $mnt/f1
xfs_io -c "reflink $mnt/f1 412k 28k 1620629" $mnt/f1
xfs_io -c "truncate 8198143" $mnt/f1
xfs_io -c "falloc 4059136 12k" $mnt/f1
xfs_io -c "falloc 2293760 88k" $mnt/f0
rm $mnt/f0
xfs_io -c "pwrite -S 0xcd 8056832 4625" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 3284992 52k" -c "fdatasync" $mnt/f1
xfs_io -f -c "pwrite -S 0x61 8234859 737" $mnt/f0
xfs_io -c "dedupe $mnt/f0 3629056 40k 24k" $mnt/f0
xfs_io -c "pwrite -S 0x62 6946816 128k" $mnt/f1
xfs_io -c "dedupe $mnt/f0 4964352 1118208 16k" $mnt/f0
xfs_io -c "pwrite -S 0x61 1802240 24k" -c "fdatasync" $mnt/f1
xfs_io -c "pwrite -S 0x62 4739072 4m" -c "fsync" $mnt/f1
xfs_io -c "falloc 492k 64k" $mnt/f0
xfs_io -c "falloc -k 1060864 36k" $mnt/f1
xfs_io -f -c "pwrite -S 0x62 740k 60k" $mnt/f2
xfs_io -c "fdatasync" $mnt/f2
xfs_io -c "reflink $mnt/f1 5730304 1101824 3211264" $mnt/f1
xfs_io -c "dedupe $mnt/f2 540k 40k 28k" $mnt/f0
xfs_io -c "falloc 7688192 24k" $mnt/f1
xfs_io -f -c "pwrite -S 0x63 2465792 108k" $mnt/f2
xfs_io -f -c "reflink $mnt/f0 8048640 1265664 152k" $mnt/f3
xfs_io -c "pwrite -S 0x61 4542464 176k" $mnt/f3
xfs_io -c "falloc 5178111 40k" $mnt/f1
xfs_io -c "falloc -k 884k 40k" $mnt/f3
md5sum $mnt/f1
chattr +C $mnt/f0
xfs_io -c "reflink $mnt/f1 5779456 3805184 1503232" $mnt/f3
xfs_io -c "reflink $mnt/f3 4485120 96k 816k" $mnt/f2
xfs_io -c "pwrite -S 0x62 3895296 4k" $mnt/f3
xfs_io -c "truncate 398456" $mnt/f2
xfs_io -c "pwrite -S 0x62 376k 136k" -c "fsync" $mnt/f2
xfs_io -c "reflink $mnt/f1 840k 740k 4878336" $mnt/f1
xfs_io -c "pwrite 6787072 16k" $mnt/f0
xfs_io -f -c "reflink $mnt/f0 7532544 3031040 715340" $mnt/f4
xfs_io -c "pwrite 7368704 48k" $mnt/f3
xfs_io -f -c "pwrite -S 0x62 5488640 196" $mnt/f5
xfs_io -f -c "pwrite -S 0x62 404k 68k" $mnt/f3
xfs_io -f -c "falloc -k 1536000 88k" $mnt/f6
xfs_io -c "dedupe $mnt/f0 6897664 56k 32k" $mnt/f0
xfs_io -c "pwrite -S 0x61 3416064 8k" $mnt/f0
xfs_io -r -c "fiemap -v" $mnt/f4
xfs_io -f -c "pwrite -S 0x62 1355776 12268" $mnt/f5
xfs_io -f -c "reflink $mnt/f4 4k 6258688 4k" $mnt/f7
xfs_io -c "reflink $mnt/f3 88k 2887680 7331840" $mnt/f4
rm $mnt/f7
chattr +C $mnt/f4
xfs_io -c "dedupe $mnt/f2 212k 64k 28k" $mnt/f0
sync
sync
xfs_io -c "falloc -k 7143424 36k" $mnt/f6
xfs_io -c "reflink $mnt/f0 7667712 400k 352k" $mnt/f2
xfs_io -c "pwrite -S 0x61 4288512 8k" $mnt/f0
xfs_io -c "fzero -k 64k 48k" $mnt/f2
xfs_io -f -c "pwrite -S 0x62 8310784 2m" -c "fsync" $mnt/f7
xfs_io -c "pwrite -S 0x61 360k 44k" $mnt/f6
xfs_io -c "pwrite -S 0x61 4705578 9650" $mnt/f0
btrfs subvolume snapshot $mnt $mnt/s1
xfs_io -c "dedupe $mnt/f5 5419008 60k 4k" $mnt/f0
xfs_io -c "pwrite 104k 24k" $mnt/s1/f6
xfs_io -c "dedupe $mnt/f5 1626112 236k 32k" $mnt/f6
